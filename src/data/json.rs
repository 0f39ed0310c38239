//! A small, strict JSON parser (RFC 8259) whose values remember where they were written.
//!
//! Every [`Value`] carries the 1-based line and column (counted in characters) of its first
//! character; object members keep their order and the position of their key. Duplicate keys
//! are kept (the decoder reports them). Syntax errors say where and what was expected. The
//! parser never panics, limits nesting to [`MAX_DEPTH`], and keeps numbers as written so that
//! huge ones cannot overflow anything.

use std::fmt;

/// The deepest nesting of arrays and objects accepted.
pub const MAX_DEPTH: usize = 128;

/// A position in the text: 1-based line and column, the column counted in characters.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Pos {
    /// Line, from 1.
    pub line: u32,
    /// Column, from 1, in characters (a tab or an emoji counts as one).
    pub column: u32,
}

/// A JSON value and where it starts.
#[derive(Clone, Debug, PartialEq)]
pub struct Value {
    /// Where its first character is.
    pub pos: Pos,
    /// What it is.
    pub kind: Kind,
}

/// The kinds of JSON value.
#[derive(Clone, Debug, PartialEq)]
pub enum Kind {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number, exactly as written (for instance `"1"`, `"-0.5e3"`).
    Number(Box<str>),
    /// A string, unescaped.
    String(Box<str>),
    /// An array.
    Array(Vec<Value>),
    /// An object: its members in the order written, duplicates included.
    Object(Vec<Member>),
}

/// One `"key": value` of an object.
#[derive(Clone, Debug, PartialEq)]
pub struct Member {
    /// The key, unescaped (shared: the decoder's check of duplicate keys sorts them).
    pub key: std::rc::Rc<str>,
    /// Where the key's opening quote is.
    pub key_pos: Pos,
    /// The value.
    pub value: Value,
}

impl Value {
    /// "a string", "an object", ... for messages.
    pub fn type_name(&self) -> &'static str {
        match self.kind {
            Kind::Null => "null",
            Kind::Bool(_) => "a boolean",
            Kind::Number(_) => "a number",
            Kind::String(_) => "a string",
            Kind::Array(_) => "an array",
            Kind::Object(_) => "an object",
        }
    }

    /// The string, if this is one.
    pub fn as_str(&self) -> Option<&str> {
        match &self.kind {
            Kind::String(s) => Some(s),
            _ => None,
        }
    }

    /// The boolean, if this is one.
    pub fn as_bool(&self) -> Option<bool> {
        match self.kind {
            Kind::Bool(b) => Some(b),
            _ => None,
        }
    }

    /// The number as an `f64` (huge numbers become infinite), if this is a number.
    pub fn as_f64(&self) -> Option<f64> {
        match &self.kind {
            Kind::Number(n) => n.parse().ok(),
            _ => None,
        }
    }

    /// `Some` if this is a number, holding the number when it is whole and fits an `i64`
    /// ("12", "-3", "12.0"; not "1.5", "1e3" or 20 digits). Integer-only on purpose: float
    /// parsing would cost the wasm several kilobytes for fields that are counts.
    pub fn as_whole(&self) -> Option<Option<i64>> {
        let Kind::Number(n) = &self.kind else {
            return None;
        };
        let (int, frac) = n.split_once('.').unwrap_or((n, ""));
        let whole = frac.bytes().all(|b| b == b'0') && !int.contains(['e', 'E']);
        Some(if whole { int.parse().ok() } else { None })
    }

    /// The items, if this is an array.
    pub fn as_array(&self) -> Option<&[Value]> {
        match &self.kind {
            Kind::Array(a) => Some(a),
            _ => None,
        }
    }

    /// The members, if this is an object.
    pub fn as_object(&self) -> Option<&[Member]> {
        match &self.kind {
            Kind::Object(m) => Some(m),
            _ => None,
        }
    }

    /// The value of the first member named `key`, if this is an object that has one.
    pub fn get(&self, key: &str) -> Option<&Value> {
        self.as_object()?
            .iter()
            .find(|m| &*m.key == key)
            .map(|m| &m.value)
    }
}

/// Why a text is not JSON, and where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    /// Where the problem is.
    pub pos: Pos,
    /// What is wrong ("expected ',' or '}' after a field, found '\"'").
    pub message: String,
    /// How to fix it, or "".
    pub hint: String,
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "line {}, column {}: {}",
            self.pos.line, self.pos.column, self.message
        )
    }
}

/// Parses a whole JSON text (one value, surrounded by optional whitespace; a leading byte
/// order mark is ignored).
pub fn parse(text: &str) -> Result<Value, SyntaxError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut p = Parser {
        text,
        bytes: text.as_bytes(),
        i: 0,
        pos: Pos { line: 1, column: 1 },
        depth: 0,
    };
    p.skip_ws();
    if p.peek().is_none() {
        return Err(p.err(
            p.pos,
            say!("empty" [] "the file is empty"),
            en!("a data file starts with {{ \"version\": 1, ..."),
        ));
    }
    let value = p.value()?;
    p.skip_ws();
    if p.peek().is_some() {
        return Err(p.err(
            p.pos,
            say!("after-end" [] "expected the end of the file after the main value, found {}", p.found()),
            en!("there is text after the last closing bracket; \
                 remove it, or check the brackets before it"),
        ));
    }
    Ok(value)
}

/// Appends `s` to `out` as a JSON string literal, quotes included.
pub fn write_string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            // Every control character (C0, DEL, C1) and bidi control, so that the text is
            // also safe to print on a terminal.
            c if c.is_control()
                || c == '\u{2028}'
                || c == '\u{2029}'
                || super::problem::is_bidi_control(c) =>
            {
                out.push_str(&format!("\\u{:04x}", c as u32));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// A list or an object, by its closing bracket.
#[derive(Clone, Copy)]
struct Container {
    close: u8,
}

const LIST: Container = Container { close: b']' };

const OBJECT: Container = Container { close: b'}' };

// The words of its messages: functions, not fields, so that the visitor's wasm, which writes
// no sentence (see `say!`), does not carry them.
impl Container {
    fn is_list(self) -> bool {
        self.close == b']'
    }

    fn name(self) -> &'static str {
        if self.is_list() {
            "list"
        } else {
            "object"
        }
    }

    fn element(self) -> &'static str {
        if self.is_list() {
            "a list item"
        } else {
            "a field"
        }
    }

    fn trailing_comma(self) -> &'static str {
        if self.is_list() {
            "a comma after the last item of a list is not allowed"
        } else {
            "a comma after the last field of an object is not allowed"
        }
    }

    fn missing_comma(self) -> &'static str {
        if self.is_list() {
            "put a comma between two items; one is probably missing at the end of the previous item"
        } else {
            "put a comma between two fields; one is probably missing at the end of the previous field"
        }
    }
}

struct Parser<'a> {
    text: &'a str,
    bytes: &'a [u8],
    i: usize,
    pos: Pos,
    depth: usize,
}

impl Parser<'_> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.i).copied()
    }

    /// Moves past one byte, keeping line and column (in characters) up to date.
    fn bump(&mut self) {
        if let Some(&b) = self.bytes.get(self.i) {
            self.i += 1;
            if b == b'\n' {
                self.pos.line = self.pos.line.saturating_add(1);
                self.pos.column = 1;
            } else if b & 0xC0 != 0x80 {
                self.pos.column = self.pos.column.saturating_add(1);
            }
        }
    }

    fn skip_ws(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.peek() {
            self.bump();
        }
    }

    fn err(&self, pos: Pos, message: String, hint: String) -> SyntaxError {
        SyntaxError { pos, message, hint }
    }

    /// Describes what is at the cursor: "the end of the file", "'x'", or a whole word.
    fn found(&self) -> String {
        let rest = self.text.get(self.i..).unwrap_or("");
        let mut chars = rest.chars();
        match chars.next() {
            None => "the end of the file".into(),
            Some(c) if c.is_alphanumeric() || c == '_' => {
                let word: String = rest
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .take(24)
                    .collect();
                format!("'{word}'")
            }
            Some('\'') => "a single quote (')".into(),
            Some(c) if c.is_control() || c == '\u{feff}' => {
                format!("the invisible character U+{:04X}", c as u32)
            }
            Some(c) => format!("'{c}'"),
        }
    }

    /// A hint for a common mistake at the cursor, or `default`.
    fn hint_here(&self, default: &str) -> String {
        let rest = self.text.get(self.i..).unwrap_or("");
        let hint = if rest.starts_with('\'') {
            "JSON strings and field names use double quotes (\"), not single quotes"
        } else if rest.starts_with("//") || rest.starts_with("/*") {
            "comments are not allowed in JSON; remove them"
        } else if rest.starts_with(['T', 'F', 'N']) {
            "write true, false and null in lowercase"
        } else if rest.starts_with(|c: char| c.is_alphabetic()) {
            "text must be written in double quotes, like \"this\""
        } else {
            default
        };
        hint.into()
    }

    /// A hint for what follows a value without a comma: after a string, a word usually means
    /// that the string closed too early (a quote is missing before it).
    fn hint_after(&self, last_is_string: bool, default: &str) -> String {
        let rest = self.text.get(self.i..).unwrap_or("");
        if last_is_string && rest.starts_with(|c: char| c.is_alphanumeric()) {
            return "a string before this point is probably missing its closing \"".into();
        }
        self.hint_here(default)
    }

    fn expect_value(&self) -> SyntaxError {
        self.err(
            self.pos,
            say!("value" [] "expected a value, found {}", self.found()),
            en!(
                "{}",
                self.hint_here(
                    "a value is a \"string\", a number, true, false, null, an [array] or an {object}",
                )
            ),
        )
    }

    fn value(&mut self) -> Result<Value, SyntaxError> {
        crate::work::tick(1);
        let pos = self.pos;
        let kind = match self.peek() {
            Some(b'{') => self.object()?,
            Some(b'[') => self.array()?,
            Some(b'"') => Kind::String(self.string()?.into()),
            Some(b'-' | b'0'..=b'9') => self.number()?,
            Some(b't') => self.literal("true", Kind::Bool(true))?,
            Some(b'f') => self.literal("false", Kind::Bool(false))?,
            Some(b'n') => self.literal("null", Kind::Null)?,
            Some(b'+') => {
                return Err(self.err(
                    pos,
                    say!("plus" [] "a number cannot start with '+'"),
                    en!("remove the '+'"),
                ));
            }
            Some(b'.') => {
                return Err(self.err(
                    pos,
                    say!("point" [] "a number cannot start with '.'"),
                    en!("write a 0 before the point, like 0.5"),
                ));
            }
            _ => return Err(self.expect_value()),
        };
        Ok(Value { pos, kind })
    }

    fn literal(&mut self, word: &str, kind: Kind) -> Result<Kind, SyntaxError> {
        let rest = self.bytes.get(self.i..).unwrap_or(&[]);
        let after = rest.get(word.len()).copied();
        if rest.starts_with(word.as_bytes())
            && !after.is_some_and(|b| b.is_ascii_alphanumeric() || b == b'_')
        {
            for _ in 0..word.len() {
                self.bump();
            }
            Ok(kind)
        } else {
            Err(self.expect_value())
        }
    }

    fn enter(&mut self, pos: Pos) -> Result<(), SyntaxError> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(self.err(
                pos,
                say!("nested" [] "the data is nested too deeply (more than {MAX_DEPTH} levels of [ ] and {{ }})"),
                en!("the data format needs only a few levels; check for brackets that are never closed"),
            ));
        }
        self.bump();
        self.skip_ws();
        Ok(())
    }

    fn array(&mut self) -> Result<Kind, SyntaxError> {
        let open = self.pos;
        self.enter(open)?;
        let mut items = Vec::new();
        if self.peek() == Some(b']') {
            self.bump();
            self.depth -= 1;
            return Ok(Kind::Array(items));
        }
        loop {
            let item = self.value()?;
            let last_is_string = matches!(item.kind, Kind::String(_));
            items.push(item);
            if self.after_element(LIST, open, last_is_string)? {
                return Ok(Kind::Array(items));
            }
        }
    }

    fn object(&mut self) -> Result<Kind, SyntaxError> {
        let open = self.pos;
        self.enter(open)?;
        let mut members = Vec::new();
        if self.peek() == Some(b'}') {
            self.bump();
            self.depth -= 1;
            return Ok(Kind::Object(members));
        }
        loop {
            let key_pos = self.pos;
            if self.peek() != Some(b'"') {
                return Err(self.err(
                    key_pos,
                    say!("key" [] "expected a field name in double quotes, found {}", self.found()),
                    en!(
                        "{}",
                        self.hint_here("each field of an object is written \"name\": value")
                    ),
                ));
            }
            let key = self.string()?;
            self.skip_ws();
            if self.peek() != Some(b':') {
                return Err(self.err(
                    self.pos,
                    say!("colon" []
                        "expected ':' after the field name \"{}\", found {}",
                        short(&key),
                        self.found()
                    ),
                    en!("write \"name\": value"),
                ));
            }
            self.bump();
            self.skip_ws();
            let value = self.value()?;
            let last_is_string = matches!(value.kind, Kind::String(_));
            members.push(Member {
                key: key.into(),
                key_pos,
                value,
            });
            if self.after_element(OBJECT, open, last_is_string)? {
                return Ok(Kind::Object(members));
            }
        }
    }

    /// After a list item or an object field: a comma (then more must follow) or the closing
    /// bracket (returns `true`); anything else is an error that says what was expected.
    fn after_element(
        &mut self,
        c: Container,
        open: Pos,
        last_is_string: bool,
    ) -> Result<bool, SyntaxError> {
        self.skip_ws();
        match self.peek() {
            Some(b',') => {
                let comma = self.pos;
                self.bump();
                self.skip_ws();
                if self.peek() == Some(c.close) {
                    return Err(self.err(
                        comma,
                        say!("trailing-comma" [] "{}", c.trailing_comma()),
                        en!("remove this comma"),
                    ));
                }
                Ok(false)
            }
            Some(b) if b == c.close => {
                self.bump();
                self.depth -= 1;
                Ok(true)
            }
            _ => {
                let close = char::from(c.close).to_string();
                Err(self.err(
                    self.pos,
                    say!("comma" [close]
                        "expected ',' or '{close}' after {}, found {}",
                        c.element(),
                        self.found()
                    ),
                    en!("{}", self.after_hint(c, open, last_is_string)),
                ))
            }
        }
    }

    /// The hint for a list or object not followed by ',' or its closing bracket.
    fn after_hint(&self, c: Container, open: Pos, last_is_string: bool) -> String {
        if self.peek().is_none() {
            format!(
                "the {} opened at line {}, column {} is never closed; add '{}'",
                c.name(),
                open.line,
                open.column,
                c.close as char
            )
        } else {
            self.hint_after(last_is_string, c.missing_comma())
        }
    }

    fn string(&mut self) -> Result<String, SyntaxError> {
        let open = self.pos;
        self.bump();
        let mut out = String::new();
        loop {
            let start = self.i;
            while let Some(b) = self.peek() {
                if b == b'"' || b == b'\\' || b < 0x20 {
                    break;
                }
                self.bump();
            }
            out.push_str(self.text.get(start..self.i).unwrap_or(""));
            match self.peek() {
                Some(b'"') => {
                    self.bump();
                    return Ok(out);
                }
                Some(b'\\') => {
                    let at = self.pos;
                    self.bump();
                    out.push(self.escape(at)?);
                }
                Some(b'\n' | b'\r') => {
                    return Err(self.err(
                        self.pos,
                        say!("newline" []
                            "the string starting at line {}, column {} \
                             is not closed before the end of the line",
                            open.line, open.column
                        ),
                        en!("add the closing \" (write \\n for a line break inside a text)"),
                    ));
                }
                Some(b) => {
                    return Err(self.err(
                        self.pos,
                        say!("control" []
                            "the invisible control character U+{b:04X} \
                             is not allowed inside a string"
                        ),
                        en!("remove it, or write it as \\u00XX"),
                    ));
                }
                None => {
                    return Err(self.err(
                        self.pos,
                        say!("unclosed" []
                            "the string starting at line {}, column {} is never closed",
                            open.line, open.column
                        ),
                        en!("add the closing \""),
                    ));
                }
            }
        }
    }

    fn escape(&mut self, at: Pos) -> Result<char, SyntaxError> {
        let c = match self.peek() {
            Some(b'"') => '"',
            Some(b'\\') => '\\',
            Some(b'/') => '/',
            Some(b'b') => '\u{8}',
            Some(b'f') => '\u{c}',
            Some(b'n') => '\n',
            Some(b'r') => '\r',
            Some(b't') => '\t',
            Some(b'u') => {
                self.bump();
                let hi = self.hex4(at)?;
                if (0xD800..0xDC00).contains(&hi) {
                    if self.bytes.get(self.i..self.i + 2) == Some(b"\\u") {
                        self.bump();
                        self.bump();
                        let lo = self.hex4(at)?;
                        if (0xDC00..0xE000).contains(&lo) {
                            let c = 0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00);
                            return char::from_u32(c).ok_or_else(|| self.bad_surrogate(at));
                        }
                    }
                    return Err(self.bad_surrogate(at));
                }
                return char::from_u32(hi).ok_or_else(|| self.bad_surrogate(at));
            }
            _ => {
                return Err(self.err(
                    at,
                    say!("escape" []
                        "unknown escape: expected one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX \
                         after the backslash, found {}",
                        self.found()
                    ),
                    en!("write a backslash itself as \\\\"),
                ));
            }
        };
        self.bump();
        Ok(c)
    }

    fn bad_surrogate(&self, at: Pos) -> SyntaxError {
        self.err(
            at,
            say!("surrogate" [] "invalid \\u escape: half of a surrogate pair without the other half"),
            en!("write the character itself instead of escaping it"),
        )
    }

    fn hex4(&mut self, at: Pos) -> Result<u32, SyntaxError> {
        let mut n = 0;
        for _ in 0..4 {
            let d = self
                .peek()
                .and_then(|b| (b as char).to_digit(16))
                .ok_or_else(|| {
                    self.err(
                        at,
                        say!("hex" [] "invalid \\u escape: expected four hexadecimal digits after \\u"),
                        en!("write it like \\u00e9"),
                    )
                })?;
            n = n * 16 + d;
            self.bump();
        }
        Ok(n)
    }

    fn digits(&mut self) -> usize {
        let mut n = 0;
        while let Some(b'0'..=b'9') = self.peek() {
            self.bump();
            n += 1;
        }
        n
    }

    fn number(&mut self) -> Result<Kind, SyntaxError> {
        let start = self.i;
        if self.peek() == Some(b'-') {
            self.bump();
        }
        let int_pos = self.pos;
        match self.peek() {
            Some(b'0') => {
                self.bump();
                if let Some(b'0'..=b'9') = self.peek() {
                    return Err(self.err(
                        int_pos,
                        say!("zero" [] "a number cannot start with 0 followed by more digits"),
                        en!("remove the leading zeros, or write the value as a \"string\""),
                    ));
                }
            }
            Some(b'1'..=b'9') => {
                self.digits();
            }
            _ => {
                return Err(self.err(
                    self.pos,
                    say!("digit" [] "expected a digit after '-', found {}", self.found()),
                    String::new(),
                ));
            }
        }
        if self.peek() == Some(b'.') {
            self.bump();
            if self.digits() == 0 {
                return Err(self.err(
                    self.pos,
                    say!("digit" [] "expected a digit after the decimal point, found {}", self.found()),
                    en!("write 1.0 or 1, not 1."),
                ));
            }
        }
        if let Some(b'e' | b'E') = self.peek() {
            self.bump();
            if let Some(b'+' | b'-') = self.peek() {
                self.bump();
            }
            if self.digits() == 0 {
                return Err(self.err(
                    self.pos,
                    say!("digit" [] "expected a digit in the exponent, found {}", self.found()),
                    String::new(),
                ));
            }
        }
        let text = self.text.get(start..self.i).unwrap_or("0");
        Ok(Kind::Number(text.into()))
    }
}

/// At most 40 characters of `s`, for messages.
fn short(s: &str) -> String {
    let mut out: String = s.chars().take(40).collect();
    if out.len() < s.len() {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(text: &str) -> SyntaxError {
        parse(text).unwrap_err()
    }

    #[test]
    fn parses_with_positions() {
        let v = parse("{\n  \"a\": [1, -2.5e3, \"x\\u00e9\\ud83d\\ude00\"],\n  \"b\": {\"c\": null, \"d\": true}\n}").unwrap();
        assert_eq!(v.pos, Pos { line: 1, column: 1 });
        let obj = v.as_object().unwrap();
        assert_eq!(&*obj[0].key, "a");
        assert_eq!(obj[0].key_pos, Pos { line: 2, column: 3 });
        let a = obj[0].value.as_array().unwrap();
        assert_eq!(a[1].kind, Kind::Number("-2.5e3".into()));
        assert_eq!(
            a[1].pos,
            Pos {
                line: 2,
                column: 12
            }
        );
        assert_eq!(a[2].as_str(), Some("xé😀"));
        assert_eq!(
            v.get("b").and_then(|b| b.get("d")).and_then(Value::as_bool),
            Some(true)
        );
    }

    #[test]
    fn columns_count_characters() {
        let v = parse("{\"é😀\": \"ü\", \"k\": 1}").unwrap();
        let obj = v.as_object().unwrap();
        assert_eq!(obj[0].value.pos.column, 8);
        assert_eq!(obj[1].key_pos.column, 13);
        assert_eq!(err("[\"日本\" 1]").pos, Pos { line: 1, column: 7 });
    }

    #[test]
    fn keeps_duplicate_keys_in_order() {
        let v = parse("{\"a\":1,\"a\":2}").unwrap();
        assert_eq!(v.as_object().unwrap().len(), 2);
    }

    #[test]
    fn reports_errors_with_positions() {
        let e = err("{\n  \"a\": 1,\n}");
        assert_eq!((e.pos.line, e.pos.column), (2, 9));
        assert!(e.message.contains("comma after the last field"), "{e}");
        let e = err("[1,]");
        assert_eq!(e.pos.column, 3);
        let e = err("{\"a\" 1}");
        assert!(e.message.starts_with("expected ':'"), "{e}");
        let e = err("{'a': 1}");
        assert!(e.hint.contains("double quotes"), "{e:?}");
        let e = err("{\"a\": 1 // c\n}");
        assert!(e.hint.contains("comments"), "{e:?}");
        assert!(err("").message.contains("empty"));
        assert!(err("   \n ").message.contains("empty"));
        assert!(err("{} x").message.contains("end of the file"));
        assert!(err("[01]").message.contains("start with 0"));
        assert!(err("[1.]").message.contains("decimal point"));
        assert!(err("[True]").hint.contains("lowercase"));
        assert!(err("[\"a\nb\"]")
            .message
            .contains("not closed before the end of the line"));
        assert!(err("[\"\\ud800\"]").message.contains("surrogate"));
        assert!(err("[\"\\x\"]").message.contains("unknown escape"));
        assert!(err("[\"abc").message.contains("never closed"));
        assert!(err("[nul]").message.starts_with("expected a value"));
        assert!(err("[truex]").message.starts_with("expected a value"));
        assert!(err("{\"a\":1").hint.contains("never closed"));
    }

    #[test]
    fn limits_depth_without_overflowing() {
        let ok = format!("{}{}", "[".repeat(MAX_DEPTH), "]".repeat(MAX_DEPTH));
        assert!(parse(&ok).is_ok());
        let deep = "[".repeat(100_000);
        assert!(err(&deep).message.contains("nested too deeply"));
    }

    #[test]
    fn huge_numbers_are_safe() {
        let v = parse("[1e999999999999, 123456789012345678901234567890, -0]").unwrap();
        let a = v.as_array().unwrap();
        assert_eq!(a[0].as_f64(), Some(f64::INFINITY));
        assert!(a[1].as_f64().is_some());
    }

    #[test]
    fn skips_bom_and_writes_strings() {
        assert!(parse("\u{feff}{}").is_ok());
        let mut s = String::new();
        write_string(&mut s, "a\"b\\c\nd\u{1}é");
        assert_eq!(s, "\"a\\\"b\\\\c\\nd\\u0001é\"");
        assert_eq!(parse(&s).unwrap().as_str(), Some("a\"b\\c\nd\u{1}é"));
    }
}
