// Reading a wasm binary, for the build's and the maintainer's scripts: unsigned LEB128
// numbers and length-prefixed UTF-8 names, each read at a position and returning the value
// with the position after it.

/** The unsigned LEB128 number at `at` in `bytes`: [value, position after it]. */
export function readU32(bytes, at) {
  let result = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at++];
    result += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return [result, at];
  }
}

/** The length-prefixed UTF-8 name at `at` in `bytes` (a Buffer): [text, position after it]. */
export function readName(bytes, at) {
  const [length, start] = readU32(bytes, at);
  return [bytes.toString('utf8', start, start + length), start + length];
}
