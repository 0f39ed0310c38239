//! Every piece of user-interface text, in the six UN languages, and the date formatting.
//!
//! Each language is one exhaustive `match`, so a string missing in any language is a compile
//! error. Placeholders `{0}`, `{1}` are filled with [`fill`]. Digits are Western. Dates are
//! written here, not by the browser's `Intl`: the pre-rendered markup (`gmg-widgets render`, the
//! built fragments) must be the very text the live widget draws, in every browser whatever its
//! locale data (Chromium's Intl writes "2014" in Russian where the UN writes "2014 г.").

use std::fmt::Write;

use crate::date::{PartialDate, Precision};
use crate::model::{EventKind, Status, StreamKind};
use crate::text::Lang;

/// A user-interface string. Each variant's documentation is its English text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Msg {
    /// "Chairs" (widget name).
    WidgetChairs,
    /// "Work streams" (widget name).
    WidgetStreams,
    /// "Outcomes" (widget name): those of the Dialogue and of the GMG's review, each under
    /// what produced it.
    WidgetOutcomes,
    /// "Overview" (widget name).
    WidgetOverview,
    /// "Chair".
    Chair,
    /// "Current chair".
    CurrentChair,
    /// "on behalf of {0}".
    OnBehalfOf,
    /// "Confirmed".
    Confirmed,
    /// "Projected".
    Projected,
    /// "Inferred".
    Inferred,
    /// "(projected)", the short marker after a name.
    ProjectedMark,
    /// "(inferred)", the short marker after a name.
    InferredMark,
    /// "Overarching work streams" (group heading).
    KindOverarching,
    /// "Thematic work streams" (group heading).
    KindThematic,
    /// "Working groups" (group heading).
    KindWorkingGroup,
    /// "Task forces" (group heading).
    KindTaskForce,
    /// "Support structures" (group heading).
    KindSupport,
    /// "Filter by kind".
    FilterByKind,
    /// "All kinds".
    AllKinds,
    /// "Meeting" (event kind).
    Meeting,
    /// "Decision" (event kind).
    Decision,
    /// "Milestone" (event kind).
    Milestone,
    /// "Plan" (event kind).
    Plan,
    /// "Milestones".
    Milestones,
    /// "Plan period".
    PlanPeriod,
    /// "existed before {0}".
    ExistedBefore,
    /// "Close details".
    CloseDetails,
    /// "Status".
    Status,
    /// "Source".
    Source,
    /// "Quote".
    Quote,
    /// "Note".
    Note,
    /// "Document".
    Document,
    /// "paragraph {0}" (after a document symbol: "A/RES/68/4, paragraph 32").
    Paragraph,
    /// "Concerns".
    Concerns,
    /// "Referred to by".
    ReferredToBy,
    /// "Part of" (the plan or stream an item belongs to).
    PartOf,
    /// "Description".
    Description,
    /// "Zoom in".
    ZoomIn,
    /// "Zoom out".
    ZoomOut,
    /// "Earlier".
    Earlier,
    /// "Later".
    Later,
    /// "Reset view".
    ResetView,
    /// "Time axis".
    TimeAxis,
    /// "Legend".
    Legend,
    /// "Today".
    Today,
    /// "{0} selected" (announcement).
    Selected,
    /// "Showing {0} to {1}" (announcement).
    Showing,
    /// "The timeline data could not be found ({0})."
    ErrNotFound,
    /// "The timeline data could not be loaded: network error."
    ErrNetwork,
    /// "The timeline data did not arrive in time."
    ErrTimeout,
    /// "The timeline data has {0} errors:"
    ErrCount,
    /// "Showing the copy saved on {0}."
    SavedCopy,
    /// "No items".
    NoItems,
    /// "Projection stops: the membership list is partial."
    ProjectionStops,
    /// A cluster of items too dense to draw one by one: "{0} items: zoom in".
    Cluster,
    /// After a failed load with no saved copy: "Showing the data built into the widget (updated {0})."
    BuiltInCopy,
    /// "Announced" (status: a source announced it before it happened).
    Announced,
    /// "(announced)", the short marker after a name.
    AnnouncedMark,
    /// "Announced for {0}; chaired in {1}."
    AnnouncedMoved,
    /// "Announced for {0}; chaired as announced."
    AnnouncedHeld,
    /// "A later source names {0} as chair for this period."
    LaterSourceDiffers,
    /// "Co-chair with {0}".
    CoChairWith,
    /// "The {2} was succeeded in {0} by the {1}; nothing is projected after that."
    Succeeded,
    /// "{0}: six-month terms."
    SixMonthTerms,
    /// "{0}: one-year terms."
    OneYearTerms,
    /// "{0}: terms of {1} months."
    MonthTerms,
    /// "The quote is in English: there is no official version in this language."
    InEnglish,
    /// Under a board with more lanes than are drawn: "{0} more work streams are not shown."
    MoreLanes,
    /// The server answered with an error status: "... the server answered {0}."
    ErrServer,
    /// The answer was not usable timeline data (an HTML page, empty, another version).
    ErrUnusable,
    /// The page embeds the widget wrongly (unknown kind, bad address): nothing can be shown.
    ErrSetup,
    /// "Announcement" (what an earlier source announced).
    Announcement,
    /// Data from `src` that arrived but could not be used (not JSON, or invalid): "This
    /// site's timeline data could not be used." The details go to the page's maintainer.
    ErrInvalid,
    /// Where `today` is fixed by the page: "As of {0}" (a full date).
    AsOf,
    /// "end not recorded", after an item's dates.
    EndNotRecorded,
    /// "End not recorded" (legend).
    KeyEndNotRecorded,
    /// "End not recorded; last known in the data: {0}.".
    LastKnown,
    /// "Set up for a limited time.".
    TimeBoundNote,
    /// "{0} chairs" (widget heading; {0}: the group's short name).
    HeadingChairs,
    /// "{0} work streams" (widget heading).
    HeadingStreams,
    /// "{0}: High-level Dialogue outcomes" (widget heading).
    HeadingOutcomes,
    /// "{0} timeline" (widget heading).
    HeadingOverview,
    /// "Source: {0}".
    SourceLine,
    /// "data updated {0}".
    DataUpdated,
    /// "The data records nothing after {0}.".
    DataEnds,
    /// "Single date" (legend: a marker).
    KeyPoint,
    /// "Existed before its first date" (legend).
    KeyExistedBefore,
    /// The source of the built-in data, after "Source: ": "data built into gmg-widgets".
    BuiltInData,
}

impl Msg {
    /// Every message, in declaration order.
    pub const ALL: [Msg; 88] = [
        Msg::WidgetChairs,
        Msg::WidgetStreams,
        Msg::WidgetOutcomes,
        Msg::WidgetOverview,
        Msg::Chair,
        Msg::CurrentChair,
        Msg::OnBehalfOf,
        Msg::Confirmed,
        Msg::Projected,
        Msg::Inferred,
        Msg::ProjectedMark,
        Msg::InferredMark,
        Msg::KindOverarching,
        Msg::KindThematic,
        Msg::KindWorkingGroup,
        Msg::KindTaskForce,
        Msg::KindSupport,
        Msg::FilterByKind,
        Msg::AllKinds,
        Msg::Meeting,
        Msg::Decision,
        Msg::Milestone,
        Msg::Plan,
        Msg::Milestones,
        Msg::PlanPeriod,
        Msg::ExistedBefore,
        Msg::CloseDetails,
        Msg::Status,
        Msg::Source,
        Msg::Quote,
        Msg::Note,
        Msg::Document,
        Msg::Paragraph,
        Msg::Concerns,
        Msg::ReferredToBy,
        Msg::PartOf,
        Msg::Description,
        Msg::ZoomIn,
        Msg::ZoomOut,
        Msg::Earlier,
        Msg::Later,
        Msg::ResetView,
        Msg::TimeAxis,
        Msg::Legend,
        Msg::Today,
        Msg::Selected,
        Msg::Showing,
        Msg::ErrNotFound,
        Msg::ErrNetwork,
        Msg::ErrTimeout,
        Msg::ErrCount,
        Msg::SavedCopy,
        Msg::NoItems,
        Msg::ProjectionStops,
        Msg::Cluster,
        Msg::BuiltInCopy,
        Msg::Announced,
        Msg::AnnouncedMark,
        Msg::AnnouncedMoved,
        Msg::AnnouncedHeld,
        Msg::LaterSourceDiffers,
        Msg::CoChairWith,
        Msg::Succeeded,
        Msg::SixMonthTerms,
        Msg::OneYearTerms,
        Msg::MonthTerms,
        Msg::InEnglish,
        Msg::MoreLanes,
        Msg::ErrServer,
        Msg::ErrUnusable,
        Msg::ErrSetup,
        Msg::Announcement,
        Msg::ErrInvalid,
        Msg::AsOf,
        Msg::EndNotRecorded,
        Msg::KeyEndNotRecorded,
        Msg::LastKnown,
        Msg::TimeBoundNote,
        Msg::HeadingChairs,
        Msg::HeadingStreams,
        Msg::HeadingOutcomes,
        Msg::HeadingOverview,
        Msg::SourceLine,
        Msg::DataUpdated,
        Msg::DataEnds,
        Msg::KeyPoint,
        Msg::KeyExistedBefore,
        Msg::BuiltInData,
    ];

    /// The name of a status ("Confirmed", ...).
    pub fn status(status: Status) -> Msg {
        match status {
            Status::Confirmed => Msg::Confirmed,
            Status::Projected => Msg::Projected,
            Status::Inferred => Msg::Inferred,
            Status::Announced => Msg::Announced,
        }
    }

    /// The group heading of a stream kind ("Working groups", ...).
    pub fn kind(kind: StreamKind) -> Msg {
        match kind {
            StreamKind::Overarching => Msg::KindOverarching,
            StreamKind::Thematic => Msg::KindThematic,
            StreamKind::WorkingGroup => Msg::KindWorkingGroup,
            StreamKind::TaskForce => Msg::KindTaskForce,
            StreamKind::Support => Msg::KindSupport,
        }
    }

    /// The name of an event kind ("Meeting", ...).
    pub fn event(kind: EventKind) -> Msg {
        match kind {
            EventKind::Meeting => Msg::Meeting,
            EventKind::Decision => Msg::Decision,
            EventKind::Milestone => Msg::Milestone,
            EventKind::Plan => Msg::Plan,
        }
    }
}

/// The interface strings whose translation a United Nations language unit has checked, by
/// language. None has been yet: the developers wrote every translation of the interface, so
/// each one awaits review (`needs_review`, as a data file says of its own texts), and
/// `gmg-widgets review` without a file lists them with the English beside. Add a string here
/// once a language unit has approved it.
const REVIEWED: &[(Lang, &[Msg])] = &[
    (Lang::Ar, &[]),
    (Lang::Zh, &[]),
    (Lang::Fr, &[]),
    (Lang::Ru, &[]),
    (Lang::Es, &[]),
];

/// Whether the interface string `msg` in `lang` awaits a language unit's review. English is
/// the text the others translate, so it never does.
pub fn awaiting_review(lang: Lang, msg: Msg) -> bool {
    lang != Lang::En
        && !REVIEWED
            .iter()
            .any(|(l, reviewed)| *l == lang && reviewed.contains(&msg))
}

/// The text of `msg` in `lang` (placeholders unfilled: see [`fill`]).
pub fn t(lang: Lang, msg: Msg) -> &'static str {
    match lang {
        Lang::Ar => ar(msg),
        Lang::Zh => zh(msg),
        Lang::En => en(msg),
        Lang::Fr => fr(msg),
        Lang::Ru => ru(msg),
        Lang::Es => es(msg),
    }
}

fn ar(msg: Msg) -> &'static str {
    use Msg::*;
    match msg {
        WidgetChairs => "الرئاسات",
        WidgetStreams => "مسارات العمل",
        WidgetOutcomes => "النتائج",
        WidgetOverview => "نظرة عامة",
        Chair => "الرئاسة",
        CurrentChair => "الرئاسة الحالية",
        OnBehalfOf => "باسم {0}",
        Confirmed => "مؤكد",
        Projected => "متوقع",
        Inferred => "مستنتج",
        ProjectedMark => "(متوقع)",
        InferredMark => "(مستنتج)",
        KindOverarching => "مسارات العمل الشاملة",
        KindThematic => "مسارات العمل المواضيعية",
        KindWorkingGroup => "الأفرقة العاملة",
        KindTaskForce => "فرق العمل",
        KindSupport => "هياكل الدعم",
        FilterByKind => "التصفية حسب النوع",
        AllKinds => "جميع الأنواع",
        Meeting => "اجتماع",
        Decision => "قرار",
        Milestone => "معلم رئيسي",
        Plan => "خطة",
        Milestones => "المعالم الرئيسية",
        PlanPeriod => "فترة الخطة",
        ExistedBefore => "قائم منذ ما قبل {0}",
        CloseDetails => "إغلاق التفاصيل",
        Status => "الحالة",
        Source => "المصدر",
        Quote => "النص المقتبس",
        Note => "ملاحظة",
        Document => "الوثيقة",
        Paragraph => "الفقرة {0}",
        Concerns => "يتعلق بـ",
        ReferredToBy => "مشار إليه في",
        PartOf => "جزء من",
        Description => "الوصف",
        ZoomIn => "تكبير",
        ZoomOut => "تصغير",
        Earlier => "فترة سابقة",
        Later => "فترة لاحقة",
        ResetView => "إعادة تعيين العرض",
        TimeAxis => "المحور الزمني",
        Legend => "مفتاح الرموز",
        Today => "اليوم",
        Selected => "تم تحديد {0}",
        Showing => "عرض الفترة من {0} إلى {1}",
        ErrNotFound => "تعذر العثور على بيانات المخطط الزمني ({0}).",
        ErrNetwork => "تعذر تحميل بيانات المخطط الزمني: خطأ في الشبكة.",
        ErrTimeout => "لم تصل بيانات المخطط الزمني في الوقت المحدد.",
        ErrCount => "في بيانات المخطط الزمني أخطاء (عددها {0}):",
        SavedCopy => "تُعرض النسخة المحفوظة بتاريخ {0}.",
        NoItems => "لا توجد عناصر",
        ProjectionStops => "لا تمتد التوقعات إلى ما بعد ذلك لأن قائمة الأعضاء غير مكتملة.",
        Cluster => "{0} عنصرًا: تكبير",
        BuiltInCopy => "تُعرض البيانات المضمّنة في الأداة (حُدّثت في {0}).",
        Announced => "مُعلَن",
        AnnouncedMark => "(مُعلَن)",
        AnnouncedMoved => "أُعلن أن الرئاسة ستكون في {0}؛ وتولاها فعلاً في {1}.",
        AnnouncedHeld => "أُعلن أن الرئاسة ستكون في {0}؛ وتمت كما أُعلن.",
        LaterSourceDiffers => "يذكر مصدر لاحق أن الرئاسة في هذه الفترة كانت لـ{0}.",
        CoChairWith => "رئاسة مشتركة مع {0}",
        Succeeded => "في عام {0}، حلّت {1} محل {2}؛ ولا تُعرض أي توقعات بعد ذلك.",
        SixMonthTerms => "{0}: مدة الرئاسة ستة أشهر.",
        OneYearTerms => "{0}: مدة الرئاسة سنة واحدة.",
        MonthTerms => "{0}: مدة الرئاسة {1} شهراً.",
        MoreLanes => "لا تُعرض {0} من مسارات العمل الأخرى.",
        ErrServer => "تعذر تحميل بيانات المخطط الزمني: ردّ الخادم بخطأ ({0}).",
        ErrUnusable => "البيانات التي وصلت ليست بيانات مخطط زمني صالحة.",
        ErrSetup => "لا يمكن عرض هذا المخطط الزمني: طريقة تضمينه في الصفحة غير صحيحة.",
        InEnglish => "الاقتباس بالإنكليزية: لا توجد صيغة رسمية له بالعربية.",
        Announcement => "الإعلان",
        ErrInvalid => "تعذر استخدام بيانات المخطط الزمني التي يقدمها هذا الموقع.",
        AsOf => "الوضع في {0}",
        EndNotRecorded => "النهاية غير مسجلة",
        KeyEndNotRecorded => "النهاية غير مسجلة",
        LastKnown => "النهاية غير مسجلة؛ آخر ذكر في البيانات: {0}.",
        TimeBoundNote => "أُنشئ لفترة محدودة.",
        HeadingChairs => "{0}: الرئاسات",
        HeadingStreams => "{0}: مسارات العمل",
        HeadingOutcomes => "{0}: نتائج الحوار الرفيع المستوى",
        HeadingOverview => "{0}: المخطط الزمني",
        SourceLine => "المصدر: {0}",
        DataUpdated => "تاريخ تحديث البيانات: {0}",
        DataEnds => "لا تسجل البيانات شيئًا بعد {0}.",
        KeyPoint => "تاريخ واحد",
        KeyExistedBefore => "قائم قبل أول تاريخ له",
        BuiltInData => "البيانات المدمجة في gmg-widgets",
    }
}

fn zh(msg: Msg) -> &'static str {
    use Msg::*;
    match msg {
        WidgetChairs => "历任主席",
        WidgetStreams => "工作流程",
        WidgetOutcomes => "成果",
        WidgetOverview => "概览",
        Chair => "主席",
        CurrentChair => "现任主席",
        OnBehalfOf => "代表{0}",
        Confirmed => "已确认",
        Projected => "预计",
        Inferred => "推断",
        ProjectedMark => "（预计）",
        InferredMark => "（推断）",
        KindOverarching => "总体工作流程",
        KindThematic => "专题工作流程",
        KindWorkingGroup => "工作组",
        KindTaskForce => "工作队",
        KindSupport => "支助机构",
        FilterByKind => "按类型筛选",
        AllKinds => "所有类型",
        Meeting => "会议",
        Decision => "决定",
        Milestone => "里程碑",
        Plan => "计划",
        Milestones => "里程碑",
        PlanPeriod => "计划期",
        ExistedBefore => "{0}之前即已存在",
        CloseDetails => "关闭详细信息",
        Status => "状态",
        Source => "来源",
        Quote => "引文",
        Note => "注",
        Document => "文件",
        Paragraph => "第{0}段",
        Concerns => "涉及",
        ReferredToBy => "被提及于",
        PartOf => "隶属于",
        Description => "说明",
        ZoomIn => "放大",
        ZoomOut => "缩小",
        Earlier => "更早",
        Later => "更晚",
        ResetView => "重置视图",
        TimeAxis => "时间轴",
        Legend => "图例",
        Today => "今天",
        Selected => "已选择{0}",
        Showing => "显示{0}至{1}",
        ErrNotFound => "找不到时间轴数据（{0}）。",
        ErrNetwork => "无法加载时间轴数据：网络错误。",
        ErrTimeout => "时间轴数据未能及时送达。",
        ErrCount => "时间轴数据有{0}处错误：",
        SavedCopy => "显示的是{0}保存的副本。",
        NoItems => "无项目",
        ProjectionStops => "预测终止：成员名单不完整。",
        Cluster => "{0}个项目：放大",
        BuiltInCopy => "显示的是组件内置的数据（更新于{0}）。",
        Announced => "已宣布",
        AnnouncedMark => "（已宣布）",
        AnnouncedMoved => "原宣布于{0}担任主席；实际于{1}担任。",
        AnnouncedHeld => "原宣布于{0}担任主席；按宣布担任。",
        LaterSourceDiffers => "后来的来源显示，这一期间由{0}担任主席。",
        CoChairWith => "与{0}共同担任主席",
        Succeeded => "{2}于{0}由{1}接替；此后不再预测。",
        SixMonthTerms => "{0}：主席任期六个月。",
        OneYearTerms => "{0}：主席任期一年。",
        MonthTerms => "{0}：主席任期{1}个月。",
        MoreLanes => "另有{0}个工作流未显示。",
        ErrServer => "无法加载时间轴数据：服务器返回错误（{0}）。",
        ErrUnusable => "收到的内容不是可用的时间轴数据。",
        ErrSetup => "无法显示此时间轴：页面嵌入方式有误。",
        InEnglish => "引文为英文：没有中文正式文本。",
        Announcement => "原宣布",
        ErrInvalid => "无法使用本网站提供的时间轴数据。",
        AsOf => "截至{0}",
        EndNotRecorded => "结束时间未记录",
        KeyEndNotRecorded => "结束时间未记录",
        LastKnown => "结束时间未记录；数据中最后记载于{0}。",
        TimeBoundNote => "为有限期限而设立。",
        HeadingChairs => "{0}历任主席",
        HeadingStreams => "{0}工作流程",
        HeadingOutcomes => "{0}：高级别对话成果",
        HeadingOverview => "{0}时间轴",
        SourceLine => "来源：{0}",
        DataUpdated => "数据更新于{0}",
        DataEnds => "数据未记载{0}之后的情况。",
        KeyPoint => "单一日期",
        KeyExistedBefore => "在首个日期之前即已存在",
        BuiltInData => "gmg-widgets 内置数据",
    }
}

fn en(msg: Msg) -> &'static str {
    use Msg::*;
    match msg {
        WidgetChairs => "Chairs",
        WidgetStreams => "Work streams",
        WidgetOutcomes => "Outcomes",
        WidgetOverview => "Overview",
        Chair => "Chair",
        CurrentChair => "Current chair",
        OnBehalfOf => "on behalf of {0}",
        Confirmed => "Confirmed",
        Projected => "Projected",
        Inferred => "Inferred",
        ProjectedMark => "(projected)",
        InferredMark => "(inferred)",
        KindOverarching => "Overarching work streams",
        KindThematic => "Thematic work streams",
        KindWorkingGroup => "Working groups",
        KindTaskForce => "Task forces",
        KindSupport => "Support structures",
        FilterByKind => "Filter by kind",
        AllKinds => "All kinds",
        Meeting => "Meeting",
        Decision => "Decision",
        Milestone => "Milestone",
        Plan => "Plan",
        Milestones => "Milestones",
        PlanPeriod => "Plan period",
        ExistedBefore => "existed before {0}",
        CloseDetails => "Close details",
        Status => "Status",
        Source => "Source",
        Quote => "Quote",
        Note => "Note",
        Document => "Document",
        Paragraph => "paragraph {0}",
        Concerns => "Concerns",
        ReferredToBy => "Referred to by",
        PartOf => "Part of",
        Description => "Description",
        ZoomIn => "Zoom in",
        ZoomOut => "Zoom out",
        Earlier => "Earlier",
        Later => "Later",
        ResetView => "Reset view",
        TimeAxis => "Time axis",
        Legend => "Legend",
        Today => "Today",
        Selected => "{0} selected",
        Showing => "Showing {0} to {1}",
        ErrNotFound => "The timeline data could not be found ({0}).",
        ErrNetwork => "The timeline data could not be loaded: network error.",
        ErrTimeout => "The timeline data did not arrive in time.",
        ErrCount => "Errors in the timeline data ({0}):",
        SavedCopy => "Showing the copy saved on {0}.",
        NoItems => "No items",
        ProjectionStops => "Projection stops: the membership list is partial.",
        Cluster => "{0} items: zoom in",
        BuiltInCopy => "Showing the data built into the widget (updated {0}).",
        Announced => "Announced",
        AnnouncedMark => "(announced)",
        AnnouncedMoved => "Announced for {0}; chaired in {1}.",
        AnnouncedHeld => "Announced for {0}; chaired as announced.",
        LaterSourceDiffers => "A later source names {0} as chair for this period.",
        CoChairWith => "Co-chair with {0}",
        Succeeded => "The {2} was succeeded in {0} by the {1}; nothing is projected after that.",
        SixMonthTerms => "{0}: six-month terms.",
        OneYearTerms => "{0}: one-year terms.",
        MonthTerms => "{0}: terms of {1} months.",
        MoreLanes => "{0} more work streams are not shown.",
        ErrServer => {
            "The timeline data could not be loaded: the server answered with an error ({0})."
        }
        ErrUnusable => "What arrived is not usable timeline data.",
        ErrSetup => "This timeline cannot be shown: the page embeds it incorrectly.",
        InEnglish => "The quote is in English: there is no official version in this language.",
        Announcement => "Announcement",
        ErrInvalid => "This site’s timeline data could not be used.",
        AsOf => "As of {0}",
        EndNotRecorded => "end not recorded",
        KeyEndNotRecorded => "End not recorded",
        LastKnown => "End not recorded; last known in the data: {0}.",
        TimeBoundNote => "Set up for a limited time.",
        HeadingChairs => "{0} chairs",
        HeadingStreams => "{0} work streams",
        HeadingOutcomes => "{0}: High-level Dialogue outcomes",
        HeadingOverview => "{0} timeline",
        SourceLine => "Source: {0}",
        DataUpdated => "data updated {0}",
        DataEnds => "The data records nothing after {0}.",
        KeyPoint => "Single date",
        KeyExistedBefore => "Existed before its first date",
        BuiltInData => "data built into gmg-widgets",
    }
}

fn fr(msg: Msg) -> &'static str {
    use Msg::*;
    match msg {
        WidgetChairs => "Présidences",
        WidgetStreams => "Axes de travail",
        WidgetOutcomes => "Résultats",
        WidgetOverview => "Vue d’ensemble",
        Chair => "Présidence",
        CurrentChair => "Présidence actuelle",
        OnBehalfOf => "au nom de {0}",
        Confirmed => "Confirmé",
        Projected => "Prévisionnel",
        Inferred => "Déduit",
        ProjectedMark => "(prévision)",
        InferredMark => "(déduit)",
        KindOverarching => "Axes de travail transversaux",
        KindThematic => "Axes de travail thématiques",
        KindWorkingGroup => "Groupes de travail",
        KindTaskForce => "Équipes spéciales",
        KindSupport => "Structures d’appui",
        FilterByKind => "Filtrer par type",
        AllKinds => "Tous les types",
        Meeting => "Réunion",
        Decision => "Décision",
        Milestone => "Étape clef",
        Plan => "Plan",
        Milestones => "Étapes clefs",
        PlanPeriod => "Période du plan",
        ExistedBefore => "existait avant {0}",
        CloseDetails => "Fermer les détails",
        Status => "Statut",
        Source => "Source",
        Quote => "Citation",
        Note => "Note",
        Document => "Document",
        Paragraph => "paragraphe {0}",
        Concerns => "Concerne",
        ReferredToBy => "Cité par",
        PartOf => "Fait partie de",
        Description => "Description",
        ZoomIn => "Zoom avant",
        ZoomOut => "Zoom arrière",
        Earlier => "Plus tôt",
        Later => "Plus tard",
        ResetView => "Réinitialiser l’affichage",
        TimeAxis => "Axe chronologique",
        Legend => "Légende",
        Today => "Aujourd’hui",
        Selected => "Sélection\u{a0}: {0}",
        Showing => "Affichage de {0} à {1}",
        ErrNotFound => "Les données de la chronologie sont introuvables ({0}).",
        ErrNetwork => {
            "Les données de la chronologie n’ont pas pu être chargées\u{a0}: erreur de réseau."
        }
        ErrTimeout => "Les données de la chronologie ne sont pas arrivées à temps.",
        ErrCount => "Les données de la chronologie comportent des erreurs ({0})\u{a0}:",
        SavedCopy => "Affichage de la copie enregistrée le {0}.",
        NoItems => "Aucun élément",
        ProjectionStops => "Projection interrompue\u{a0}: la liste des membres est incomplète.",
        Cluster => "{0}\u{a0}éléments\u{a0}: agrandir",
        BuiltInCopy => "Affichage des données intégrées au widget (mises à jour le {0}).",
        Announced => "Annoncé",
        AnnouncedMark => "(annoncé)",
        AnnouncedMoved => "Présidence annoncée pour {0} ; exercée en {1}.",
        AnnouncedHeld => "Présidence annoncée pour {0} ; exercée comme annoncé.",
        LaterSourceDiffers => {
            "Une source ultérieure indique {0} à la présidence pour cette période."
        }
        CoChairWith => "Coprésidence avec {0}",
        Succeeded => "Le {2} a été remplacé en {0} par le {1} ; aucune projection au-delà.",
        SixMonthTerms => "{0}\u{a0}: mandats de six mois.",
        OneYearTerms => "{0}\u{a0}: mandats d'un an.",
        MonthTerms => "{0}\u{a0}: mandats de {1} mois.",
        MoreLanes => "{0} autres axes de travail ne sont pas affichés.",
        ErrServer => "Les données de la chronologie n’ont pas pu être chargées\u{a0}: le serveur a répondu par une erreur ({0}).",
        ErrUnusable => "Ce qui est arrivé n’est pas une donnée de chronologie utilisable.",
        ErrSetup => "Cette chronologie ne peut pas être affichée\u{a0}: la page l’intègre de façon incorrecte.",
        InEnglish => {
            "Citation en anglais\u{a0}: il n'en existe pas de version officielle en français."
        }
        Announcement => "Annonce",
        ErrInvalid => {
            "Les données de la chronologie fournies par ce site n’ont pas pu être utilisées."
        }
        AsOf => "Situation au {0}",
        EndNotRecorded => "fin non consignée",
        KeyEndNotRecorded => "Fin non consignée",
        LastKnown => "Fin non consignée\u{a0}; dernière mention dans les données\u{a0}: {0}.",
        TimeBoundNote => "Créé pour une durée limitée.",
        HeadingChairs => "{0}\u{a0}: présidences",
        HeadingStreams => "{0}\u{a0}: axes de travail",
        HeadingOutcomes => "{0}\u{a0}: résultats du Dialogue de haut niveau",
        HeadingOverview => "{0}\u{a0}: chronologie",
        SourceLine => "Source\u{a0}: {0}",
        DataUpdated => "données à jour au {0}",
        DataEnds => "Les données ne consignent rien après {0}.",
        KeyPoint => "Date unique",
        KeyExistedBefore => "Existait avant sa première date",
        BuiltInData => "données intégrées à gmg-widgets",
    }
}

fn ru(msg: Msg) -> &'static str {
    use Msg::*;
    match msg {
        WidgetChairs => "Председатели",
        WidgetStreams => "Направления работы",
        WidgetOutcomes => "Итоги",
        WidgetOverview => "Обзор",
        Chair => "Председатель",
        CurrentChair => "Нынешний председатель",
        OnBehalfOf => "от имени {0}",
        Confirmed => "Подтверждено",
        Projected => "Прогноз",
        Inferred => "Предположительно",
        ProjectedMark => "(прогноз)",
        InferredMark => "(предположительно)",
        KindOverarching => "Общие направления работы",
        KindThematic => "Тематические направления работы",
        KindWorkingGroup => "Рабочие группы",
        KindTaskForce => "Целевые группы",
        KindSupport => "Вспомогательные структуры",
        FilterByKind => "Фильтр по типу",
        AllKinds => "Все типы",
        Meeting => "Совещание",
        Decision => "Решение",
        Milestone => "Важный этап",
        Plan => "План",
        Milestones => "Важные этапы",
        PlanPeriod => "Период плана",
        ExistedBefore => "начало — до {0}",
        CloseDetails => "Закрыть подробности",
        Status => "Статус",
        Source => "Источник",
        Quote => "Цитата",
        Note => "Примечание",
        Document => "Документ",
        Paragraph => "пункт {0}",
        Concerns => "Касается",
        ReferredToBy => "Упоминается в",
        PartOf => "Входит в",
        Description => "Описание",
        ZoomIn => "Увеличить",
        ZoomOut => "Уменьшить",
        Earlier => "Раньше",
        Later => "Позже",
        ResetView => "Сбросить масштаб",
        TimeAxis => "Ось времени",
        Legend => "Условные обозначения",
        Today => "Сегодня",
        Selected => "Выбрано: {0}",
        Showing => "Показан период: {0} – {1}",
        ErrNotFound => "Данные хронологии не найдены ({0}).",
        ErrNetwork => "Не удалось загрузить данные хронологии: ошибка сети.",
        ErrTimeout => "Данные хронологии не поступили вовремя.",
        ErrCount => "В данных хронологии обнаружены ошибки ({0}):",
        SavedCopy => "Показана копия, сохранённая {0}.",
        NoItems => "Нет элементов",
        ProjectionStops => "Прогноз прерван: список членов неполный.",
        Cluster => "Элементов: {0} — увеличить",
        BuiltInCopy => "Показаны данные, встроенные в виджет (обновлены {0}).",
        Announced => "Объявлено",
        AnnouncedMark => "(объявлено)",
        AnnouncedMoved => "Председательство было объявлено на {0}; фактически — {1}.",
        AnnouncedHeld => "Председательство было объявлено на {0}; состоялось, как объявлено.",
        LaterSourceDiffers => "Согласно более позднему источнику, председателем в этот период была другая организация: {0}.",
        CoChairWith => "Совместное председательство с {0}",
        Succeeded => "В {0} на смену {2} пришла {1}; дальнейший прогноз не строится.",
        SixMonthTerms => "{0}: срок председательства — шесть месяцев.",
        OneYearTerms => "{0}: срок председательства — один год.",
        MonthTerms => "{0}: срок председательства — {1} мес.",
        MoreLanes => "Ещё {0} направлений работы не показаны.",
        ErrServer => "Не удалось загрузить данные хронологии: сервер ответил ошибкой ({0}).",
        ErrUnusable => "Полученные данные непригодны для хронологии.",
        ErrSetup => "Эту хронологию нельзя показать: она неправильно встроена в страницу.",
        InEnglish => "Цитата на английском языке: официального текста на русском языке нет.",
        Announcement => "Объявление",
        ErrInvalid => "Не удалось использовать данные хронологии, предоставленные этим сайтом.",
        AsOf => "По состоянию на {0}",
        EndNotRecorded => "окончание не зафиксировано",
        KeyEndNotRecorded => "Окончание не зафиксировано",
        LastKnown => "Окончание не зафиксировано; последнее упоминание в данных: {0}.",
        TimeBoundNote => "Создано на ограниченный срок.",
        HeadingChairs => "{0}: председатели",
        HeadingStreams => "{0}: направления работы",
        HeadingOutcomes => "{0}: итоги Диалога на высоком уровне",
        HeadingOverview => "{0}: хронология",
        SourceLine => "Источник: {0}",
        DataUpdated => "данные обновлены {0}",
        DataEnds => "После {0} данных нет.",
        KeyPoint => "Одна дата",
        KeyExistedBefore => "Существовало до первой указанной даты",
        BuiltInData => "встроенные данные gmg-widgets",
    }
}

fn es(msg: Msg) -> &'static str {
    use Msg::*;
    match msg {
        WidgetChairs => "Presidencias",
        WidgetStreams => "Líneas de trabajo",
        WidgetOutcomes => "Resultados",
        WidgetOverview => "Panorama general",
        Chair => "Presidencia",
        CurrentChair => "Presidencia actual",
        OnBehalfOf => "en nombre de {0}",
        Confirmed => "Confirmado",
        Projected => "Previsto",
        Inferred => "Deducido",
        ProjectedMark => "(previsto)",
        InferredMark => "(deducido)",
        KindOverarching => "Líneas de trabajo generales",
        KindThematic => "Líneas de trabajo temáticas",
        KindWorkingGroup => "Grupos de trabajo",
        KindTaskForce => "Equipos de tareas",
        KindSupport => "Estructuras de apoyo",
        FilterByKind => "Filtrar por tipo",
        AllKinds => "Todos los tipos",
        Meeting => "Reunión",
        Decision => "Decisión",
        Milestone => "Hito",
        Plan => "Plan",
        Milestones => "Hitos",
        PlanPeriod => "Período del plan",
        ExistedBefore => "existía antes de {0}",
        CloseDetails => "Cerrar los detalles",
        Status => "Estado",
        Source => "Fuente",
        Quote => "Cita",
        Note => "Nota",
        Document => "Documento",
        Paragraph => "párrafo {0}",
        Concerns => "Se refiere a",
        ReferredToBy => "Mencionado en",
        PartOf => "Forma parte de",
        Description => "Descripción",
        ZoomIn => "Acercar",
        ZoomOut => "Alejar",
        Earlier => "Antes",
        Later => "Después",
        ResetView => "Restablecer la vista",
        TimeAxis => "Eje temporal",
        Legend => "Leyenda",
        Today => "Hoy",
        Selected => "Seleccionado: {0}",
        Showing => "Se muestra de {0} a {1}",
        ErrNotFound => "No se encontraron los datos de la cronología ({0}).",
        ErrNetwork => "No se pudieron cargar los datos de la cronología: error de red.",
        ErrTimeout => "Los datos de la cronología no llegaron a tiempo.",
        ErrCount => "Los datos de la cronología contienen errores ({0}):",
        SavedCopy => "Se muestra la copia guardada el {0}.",
        NoItems => "Ningún elemento",
        ProjectionStops => "La proyección se detiene: la lista de miembros está incompleta.",
        Cluster => "{0} elementos: ampliar",
        BuiltInCopy => "Se muestran los datos integrados en el widget (actualizados el {0}).",
        Announced => "Anunciado",
        AnnouncedMark => "(anunciado)",
        AnnouncedMoved => "Presidencia anunciada para {0}; ejercida en {1}.",
        AnnouncedHeld => "Presidencia anunciada para {0}; ejercida según lo anunciado.",
        LaterSourceDiffers => {
            "Una fuente posterior indica que {0} ejerció la presidencia en este período."
        }
        CoChairWith => "Copresidencia con {0}",
        Succeeded => "El {2} fue sustituido en {0} por la {1}; no se proyecta nada después.",
        SixMonthTerms => "{0}: mandatos de seis meses.",
        OneYearTerms => "{0}: mandatos de un año.",
        MonthTerms => "{0}: mandatos de {1} meses.",
        MoreLanes => "No se muestran otras {0} líneas de trabajo.",
        ErrServer => "No se pudieron cargar los datos de la cronología: el servidor respondió con un error ({0}).",
        ErrUnusable => "Lo recibido no son datos de cronología utilizables.",
        ErrSetup => "Esta cronología no puede mostrarse: la página la inserta de forma incorrecta.",
        InEnglish => "Cita en inglés: no existe una versión oficial en español.",
        Announcement => "Anuncio",
        ErrInvalid => "No se pudieron usar los datos de la cronología que ofrece este sitio.",
        AsOf => "Situación al {0}",
        EndNotRecorded => "fin sin registrar",
        KeyEndNotRecorded => "Fin sin registrar",
        LastKnown => "Fin sin registrar; última mención en los datos: {0}.",
        TimeBoundNote => "Creado por un tiempo limitado.",
        HeadingChairs => "{0}: presidencias",
        HeadingStreams => "{0}: líneas de trabajo",
        HeadingOutcomes => "{0}: resultados del Diálogo de Alto Nivel",
        HeadingOverview => "{0}: cronología",
        SourceLine => "Fuente: {0}",
        DataUpdated => "datos actualizados el {0}",
        DataEnds => "Los datos no registran nada después de {0}.",
        KeyPoint => "Fecha única",
        KeyExistedBefore => "Existía antes de su primera fecha",
        BuiltInData => "datos integrados en gmg-widgets",
    }
}

/// `template` with each `{n}` replaced by `args[n]`; a placeholder without an argument, and
/// any other brace, is kept as written.
pub fn fill(template: &str, args: &[&str]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let digits = after.bytes().take_while(u8::is_ascii_digit).count();
        let arg = after[..digits]
            .parse::<usize>()
            .ok()
            .and_then(|n| args.get(n));
        match arg {
            Some(arg) if after[digits..].starts_with('}') => {
                out.push_str(arg);
                rest = &after[digits + 1..];
            }
            _ => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Arabic months as the United Nations writes them: the Levantine name, a slash, the name
/// from the Latin calendar ("كانون الثاني/يناير"), the same in the data files.
const MONTHS_AR: [&str; 12] = [
    "كانون الثاني/يناير",
    "شباط/فبراير",
    "آذار/مارس",
    "نيسان/أبريل",
    "أيار/مايو",
    "حزيران/يونيه",
    "تموز/يوليه",
    "آب/أغسطس",
    "أيلول/سبتمبر",
    "تشرين الأول/أكتوبر",
    "تشرين الثاني/نوفمبر",
    "كانون الأول/ديسمبر",
];
const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const MONTHS_FR: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];
const MONTHS_RU: [&str; 12] = [
    "январь",
    "февраль",
    "март",
    "апрель",
    "май",
    "июнь",
    "июль",
    "август",
    "сентябрь",
    "октябрь",
    "ноябрь",
    "декабрь",
];
/// Russian months in the genitive: "3 октября", "с октября".
const MONTHS_RU_GEN: [&str; 12] = [
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
];
const MONTHS_ES: [&str; 12] = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
];

/// A month's name (Russian: genitive if asked), without the year; months outside 1–12 are
/// clamped.
fn month_name(lang: Lang, month: u8, genitive: bool) -> String {
    let m = month.clamp(1, 12);
    let table = match lang {
        Lang::Zh => return format!("{m}月"),
        Lang::Ar => &MONTHS_AR,
        Lang::En => &MONTHS_EN,
        Lang::Fr => &MONTHS_FR,
        Lang::Ru if genitive => &MONTHS_RU_GEN,
        Lang::Ru => &MONTHS_RU,
        Lang::Es => &MONTHS_ES,
    };
    table[usize::from(m - 1)].into()
}

/// A day of the month as written before the month name ("1er" in French).
fn day_number(lang: Lang, day: u8) -> String {
    if lang == Lang::Fr && day == 1 {
        "1er".into()
    } else {
        day.to_string()
    }
}

/// Day and month without the year, `day` already written: "3 October", "3 de octubre",
/// "3 октября", "10月3日".
fn day_month(lang: Lang, day: &str, month: u8) -> String {
    let name = month_name(lang, month, true);
    match lang {
        Lang::Zh => format!("{name}{day}日"),
        Lang::Es => format!("{day} de {name}"),
        _ => format!("{day} {name}"),
    }
}

/// A year on its own: "2014", "2014 г.", "2014年".
fn year_only(lang: Lang, year: i32) -> String {
    match lang {
        Lang::Zh => format!("{year}年"),
        Lang::Ru => format!("{year} г."),
        _ => year.to_string(),
    }
}

/// `body` (months or days) completed with its year: "October 2013", "octubre de 2013",
/// "октябрь 2013 г.", "2013年10月".
fn with_year(lang: Lang, body: &str, year: i32) -> String {
    match lang {
        Lang::Zh => format!("{year}年{body}"),
        Lang::Es => format!("{body} de {year}"),
        Lang::Ru => format!("{body} {year} г."),
        _ => format!("{body} {year}"),
    }
}

/// A date in `lang`, as precise as it is known: "2014", "October 2013", "3 October 2013"
/// (and "octobre 2013", "octubre de 2013", "октябрь 2013 г.", "2013年10月", "تشرين الأول/أكتوبر 2013").
pub fn format_date(lang: Lang, date: &PartialDate) -> String {
    match (date.month, date.day) {
        (None, _) => year_only(lang, date.year),
        (Some(m), None) => with_year(lang, &month_name(lang, m, false), date.year),
        (Some(m), Some(d)) => with_year(lang, &day_month(lang, &day_number(lang, d), m), date.year),
    }
}

/// The words around the two ends of a range: (before the start, between the ends).
fn connector(lang: Lang, days: bool) -> (&'static str, &'static str) {
    match lang {
        Lang::Ar => ("من ", " إلى "),
        Lang::Zh => ("", "至"),
        Lang::En => ("", " to "),
        Lang::Fr if days => ("", " au "),
        Lang::Fr => ("", " à "),
        Lang::Ru => ("", " – "),
        Lang::Es => ("", " a "),
    }
}

/// An open-ended range: "since 2013", "depuis le 3 octobre 2013", "с октября 2013 г.",
/// "2013年起".
fn since(lang: Lang, start: &PartialDate) -> String {
    let date = match (lang, start.month, start.day) {
        (Lang::Ru, Some(m), None) => with_year(lang, &month_name(lang, m, true), start.year),
        _ => format_date(lang, start),
    };
    let day = start.precision() == Precision::Day;
    match lang {
        Lang::Ar => format!("منذ {date}"),
        Lang::Zh => format!("{date}起"),
        Lang::En => format!("since {date}"),
        Lang::Fr if day => format!("depuis le {date}"),
        Lang::Fr => format!("depuis {date}"),
        Lang::Ru => format!("с {date}"),
        Lang::Es if day => format!("desde el {date}"),
        Lang::Es => format!("desde {date}"),
    }
}

/// A range of dates in `lang`, without repeating what both ends share: "2014" (a year term),
/// "2013–2015", "January to June 2013", "3–4 October 2013", "3 October to 5 November 2013",
/// "October 2013 to March 2014"; an open end gives "since 2013".
pub fn format_range(lang: Lang, start: &PartialDate, end: Option<&PartialDate>) -> String {
    let Some(end) = end else {
        return since(lang, start);
    };
    if start == end {
        return format_date(lang, start);
    }
    // A shared year is written once ("июль – декабрь 2013 г."); the ends go through
    // `format_date`.
    let (a, b) = (start, end);
    let year = a.year;
    let days = a.precision() == Precision::Day;
    let (pre, mid) = connector(lang, days);
    let mut out = String::new();
    match (a.month, a.day, b.month, b.day) {
        (None, _, None, _) => {
            let _ = write!(out, "{}–{}", a.year, b.year);
            match lang {
                Lang::Zh => out.push('年'),
                Lang::Ru => out.push_str(" гг."),
                _ => {}
            }
        }
        (Some(m1), None, Some(m2), None) if b.year == year => {
            let body = format!(
                "{pre}{}{mid}{}",
                month_name(lang, m1, false),
                month_name(lang, m2, false)
            );
            out = with_year(lang, &body, year);
        }
        (Some(m1), Some(d1), Some(m2), Some(d2)) if b.year == year && m1 == m2 => {
            let body = match lang {
                Lang::Zh => format!("{m1}月{d1}日至{d2}日"),
                _ => {
                    let range = format!("{}–{}", day_number(lang, d1), day_number(lang, d2));
                    day_month(lang, &range, m1)
                }
            };
            out = with_year(lang, &body, year);
        }
        (Some(m1), Some(d1), Some(m2), Some(d2)) if b.year == year => {
            let body = format!(
                "{pre}{}{mid}{}",
                day_month(lang, &day_number(lang, d1), m1),
                day_month(lang, &day_number(lang, d2), m2)
            );
            out = with_year(lang, &body, year);
        }
        _ => {
            let _ = write!(
                out,
                "{pre}{}{mid}{}",
                format_date(lang, a),
                format_date(lang, b)
            );
        }
    }
    out
}

/// A whole number written for `lang` (Western digits, as everywhere in the widgets and in the
/// pre-rendered markup); text that is not a plain number is kept as it is.
pub fn format_number(lang: Lang, text: &str) -> String {
    let _ = lang;
    text.to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn placeholders(s: &str) -> Vec<String> {
        let mut found: Vec<String> = s
            .match_indices('{')
            .map(|(i, _)| s[i..].split_inclusive('}').next().unwrap_or("").to_string())
            .collect();
        found.sort();
        found
    }

    #[test]
    fn all_lists_every_message_once() {
        for (i, m) in Msg::ALL.iter().enumerate() {
            assert_eq!(*m as usize, i);
        }
        assert_eq!(Msg::ALL.len(), Msg::BuiltInData as usize + 1);
    }

    #[test]
    fn no_string_is_empty_and_placeholders_match() {
        for msg in Msg::ALL {
            let want = placeholders(t(Lang::En, msg));
            for lang in Lang::ALL {
                let s = t(lang, msg);
                assert!(!s.trim().is_empty(), "{lang:?} {msg:?}");
                assert_eq!(placeholders(s), want, "{lang:?} {msg:?}: {s}");
                assert!(!s.contains("{}"), "{lang:?} {msg:?}");
            }
        }
        assert_eq!(placeholders(t(Lang::Ru, Msg::Showing)), ["{0}", "{1}"]);
    }

    #[test]
    fn translations_differ_from_english() {
        // Catch a language left in English by copy and paste.
        for lang in [Lang::Ar, Lang::Zh, Lang::Ru] {
            for msg in Msg::ALL {
                assert_ne!(t(lang, msg), t(Lang::En, msg), "{lang:?} {msg:?}");
            }
        }
    }

    #[test]
    fn english_never_awaits_review_and_unreviewed_translations_do() {
        for msg in Msg::ALL {
            assert!(!awaiting_review(Lang::En, msg));
        }
        for (lang, reviewed) in REVIEWED {
            for msg in Msg::ALL {
                assert_eq!(awaiting_review(*lang, msg), !reviewed.contains(&msg));
            }
        }
        assert_eq!(REVIEWED.len(), 5, "every language but English has its list");
    }

    #[test]
    fn fill_replaces_numbered_placeholders() {
        assert_eq!(fill(t(Lang::En, Msg::Selected), &["IOM"]), "IOM selected");
        assert_eq!(
            fill(t(Lang::En, Msg::Showing), &["2013", "2015"]),
            "Showing 2013 to 2015"
        );
        assert_eq!(fill("{1}{0}{1}", &["a", "b"]), "bab");
        assert_eq!(fill("{0} and {1}", &["a"]), "a and {1}");
        assert_eq!(fill("{} {x} {0 {", &["a"]), "{} {x} {0 {");
        assert_eq!(
            fill("{99999999999999999999999}", &["a"]),
            "{99999999999999999999999}"
        );
        assert_eq!(fill("à {0}…", &["é"]), "à é…");
        assert_eq!(fill("", &[]), "");
    }

    #[test]
    fn helpers_map_model_enums() {
        assert_eq!(
            t(Lang::Fr, Msg::kind(StreamKind::TaskForce)),
            "Équipes spéciales"
        );
        assert_eq!(t(Lang::En, Msg::status(Status::Projected)), "Projected");
        assert_eq!(t(Lang::Es, Msg::event(EventKind::Milestone)), "Hito");
    }

    fn date(s: &str) -> PartialDate {
        PartialDate::parse(s).unwrap()
    }

    fn all(d: &str) -> Vec<String> {
        Lang::ALL
            .iter()
            .map(|&l| format_date(l, &date(d)))
            .collect()
    }

    #[test]
    fn dates_in_every_language() {
        assert_eq!(
            all("2014"),
            ["2014", "2014年", "2014", "2014", "2014 г.", "2014"]
        );
        assert_eq!(
            all("2013-10"),
            [
                "تشرين الأول/أكتوبر 2013",
                "2013年10月",
                "October 2013",
                "octobre 2013",
                "октябрь 2013 г.",
                "octubre de 2013"
            ]
        );
        assert_eq!(
            all("2013-10-03"),
            [
                "3 تشرين الأول/أكتوبر 2013",
                "2013年10月3日",
                "3 October 2013",
                "3 octobre 2013",
                "3 октября 2013 г.",
                "3 de octubre de 2013"
            ]
        );
        assert_eq!(
            format_date(Lang::Fr, &date("2014-01-01")),
            "1er janvier 2014"
        );
    }

    #[test]
    fn malformed_dates_do_not_panic() {
        for d in [
            PartialDate {
                year: i32::MIN,
                month: Some(0),
                day: Some(0),
            },
            PartialDate {
                year: i32::MAX,
                month: Some(13),
                day: Some(99),
            },
            PartialDate {
                year: -5,
                month: None,
                day: Some(3),
            },
        ] {
            for lang in Lang::ALL {
                assert!(!format_date(lang, &d).is_empty());
                assert!(!format_range(lang, &d, Some(&date("2014"))).is_empty());
                assert!(!format_range(lang, &date("2014-05-06"), Some(&d)).is_empty());
                assert!(!format_range(lang, &d, None).is_empty());
            }
        }
    }

    fn range(lang: Lang, a: &str, b: Option<&str>) -> String {
        format_range(lang, &date(a), b.map(date).as_ref())
    }

    #[test]
    fn ranges_in_english() {
        let en = |a, b| range(Lang::En, a, b);
        assert_eq!(en("2014", Some("2014")), "2014");
        assert_eq!(en("2013", Some("2015")), "2013–2015");
        assert_eq!(en("2013-01", Some("2013-06")), "January to June 2013");
        assert_eq!(en("2013-10", Some("2014-03")), "October 2013 to March 2014");
        assert_eq!(en("2013-10", Some("2013-10")), "October 2013");
        assert_eq!(en("2013-10-03", Some("2013-10-04")), "3–4 October 2013");
        assert_eq!(
            en("2013-10-03", Some("2013-11-05")),
            "3 October to 5 November 2013"
        );
        assert_eq!(
            en("2013-10-03", Some("2014-01-05")),
            "3 October 2013 to 5 January 2014"
        );
        assert_eq!(en("2013-10-03", Some("2013-10-03")), "3 October 2013");
        assert_eq!(en("2013", Some("2015-06")), "2013 to June 2015");
        assert_eq!(en("2013", None), "since 2013");
        assert_eq!(en("2013-10-03", None), "since 3 October 2013");
    }

    #[test]
    fn ranges_in_french() {
        let fr = |a, b| range(Lang::Fr, a, b);
        assert_eq!(fr("2014", Some("2014")), "2014");
        assert_eq!(fr("2013", Some("2015")), "2013–2015");
        assert_eq!(fr("2013-01", Some("2013-06")), "janvier à juin 2013");
        assert_eq!(fr("2013-10-01", Some("2013-10-04")), "1er–4 octobre 2013");
        assert_eq!(
            fr("2013-10-03", Some("2013-11-05")),
            "3 octobre au 5 novembre 2013"
        );
        assert_eq!(fr("2013", None), "depuis 2013");
        assert_eq!(fr("2013-10-03", None), "depuis le 3 octobre 2013");
    }

    #[test]
    fn ranges_in_arabic() {
        let ar = |a, b| range(Lang::Ar, a, b);
        assert_eq!(ar("2014", Some("2014")), "2014");
        assert_eq!(ar("2013", Some("2015")), "2013–2015");
        assert_eq!(
            ar("2013-01", Some("2013-06")),
            "من كانون الثاني/يناير إلى حزيران/يونيه 2013"
        );
        assert_eq!(
            ar("2013-10-03", Some("2013-10-04")),
            "3–4 تشرين الأول/أكتوبر 2013"
        );
        assert_eq!(
            ar("2013-10", Some("2014-03")),
            "من تشرين الأول/أكتوبر 2013 إلى آذار/مارس 2014"
        );
        assert_eq!(ar("2013", None), "منذ 2013");
    }

    #[test]
    fn ranges_in_chinese() {
        let zh = |a, b| range(Lang::Zh, a, b);
        assert_eq!(zh("2014", Some("2014")), "2014年");
        assert_eq!(zh("2013", Some("2015")), "2013–2015年");
        assert_eq!(zh("2013-01", Some("2013-06")), "2013年1月至6月");
        assert_eq!(zh("2013-10-03", Some("2013-10-04")), "2013年10月3日至4日");
        assert_eq!(
            zh("2013-10-03", Some("2013-11-05")),
            "2013年10月3日至11月5日"
        );
        assert_eq!(zh("2013-10", Some("2014-03")), "2013年10月至2014年3月");
        assert_eq!(zh("2013", None), "2013年起");
    }

    #[test]
    fn ranges_in_russian_and_spanish() {
        let ru = |a, b| range(Lang::Ru, a, b);
        assert_eq!(ru("2013", Some("2015")), "2013–2015 гг.");
        assert_eq!(ru("2013-01", Some("2013-06")), "январь – июнь 2013 г.");
        assert_eq!(ru("2013-10-03", Some("2013-10-04")), "3–4 октября 2013 г.");
        assert_eq!(ru("2013-10", None), "с октября 2013 г.");
        let es = |a, b| range(Lang::Es, a, b);
        assert_eq!(es("2013-01", Some("2013-06")), "enero a junio de 2013");
        assert_eq!(
            es("2013-10-03", Some("2013-10-04")),
            "3–4 de octubre de 2013"
        );
        assert_eq!(es("2013-10-03", None), "desde el 3 de octubre de 2013");
    }
}
