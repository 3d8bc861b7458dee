//! The words the tables print for people, in Vietnamese (the default) and English (`--lang en`):
//! one catalogue, each entry with both languages. JSON keeps its codes (they are the API).

use quyche::text::Wording;

/// The language of the tables.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum Lang {
    /// Tiếng Việt.
    #[default]
    Vi,
    /// English.
    En,
}

/// The language of this run's tables (set once by `main`; unset: Vietnamese).
static CURRENT: std::sync::OnceLock<Lang> = std::sync::OnceLock::new();

/// Sets the language of this run's tables.
pub fn set(lang: Lang) {
    let _ = CURRENT.set(lang);
}

/// The language of this run's tables.
pub fn current() -> Lang {
    CURRENT.get().copied().unwrap_or_default()
}

/// The language asked for, before clap has read the arguments (for the messages of its value
/// parsers): this run's when it is set, else `--lang` as the arguments give it, else as
/// [`Lang::choose`].
pub fn early() -> Lang {
    if let Some(lang) = CURRENT.get() {
        return *lang;
    }
    let mut flag = None;
    let mut args = std::env::args_os().skip(1);
    while let Some(arg) = args.next() {
        let arg = arg.to_string_lossy().into_owned();
        if arg == "--" {
            break;
        }
        let value = match arg.strip_prefix("--lang") {
            Some("") => args.next().map(|v| v.to_string_lossy().into_owned()),
            Some(rest) => rest.strip_prefix('=').map(str::to_owned),
            None => None,
        };
        if let Some(v) = value {
            flag = <Lang as clap::ValueEnum>::from_str(&v, false).ok().or(flag);
        }
    }
    Lang::choose(flag)
}

/// A word of this run's language.
pub fn tr<'a>(entry: (&'a str, &'a str)) -> &'a str {
    current().pick(entry)
}

/// Column titles: written in Vietnamese where the tables are built, in English here.
const HEADERS: &[(&str, &str)] = &[
    ("Mã", "Id"),
    ("Tên", "Name"),
    ("Loại", "Kind"),
    ("Cấp", "Level"),
    ("Tên khác", "Other names"),
    ("Căn cứ", "Source"),
    ("Văn bản", "Instrument"),
    ("Chủ thể", "Bearer"),
    ("Vai trò", "Role"),
    ("Nhiệm vụ (trích)", "Duty (quoted)"),
    ("Từ", "From"),
    ("Gửi đến", "To"),
    ("Nội dung", "What"),
    ("Thời hạn", "Time limit"),
    ("Số hiệu", "Number"),
    ("Ban hành", "Signed"),
    ("Hiệu lực", "In force from"),
    ("Tình trạng", "Status"),
    ("Trích yếu", "Title"),
    ("Hạn", "Due"),
    ("Ngày cuối", "Last day"),
    ("Kỳ", "Period"),
    ("Lý do", "Why"),
    ("Tỉnh", "Province"),
    (
        "Chủ thể hiện nay (sau sắp xếp 2025)",
        "Bearer today (after the 2025 reorganisation)",
    ),
    ("Ngày", "Date"),
    ("Sự kiện", "Event"),
    ("Chiều", "Direction"),
    ("Đến", "To"),
    ("Lĩnh vực", "Functions"),
    ("Xác minh", "Verified"),
    ("Cơ quan", "Agency"),
    ("Ngày gửi", "Submitted"),
    ("Từ ngày", "From"),
    ("Đến ngày", "Until"),
    (
        "Thành lập từ / sáp nhập vào",
        "Formed from / became part of",
    ),
    (
        "Quy chế thông tin đối ngoại",
        "Foreign-information regulation",
    ),
    ("Nguồn", "Source"),
    ("Việc", "What"),
];

/// A column title in this run's language (the Vietnamese one when no English is recorded; the
/// test `every_column_title_has_english` keeps that from happening).
pub fn header(vi: &str) -> String {
    match current() {
        Lang::Vi => vi.to_owned(),
        Lang::En => HEADERS
            .iter()
            .find(|(v, _)| *v == vi)
            .map_or_else(|| vi.to_owned(), |(_, en)| (*en).to_owned()),
    }
}

impl Lang {
    /// `--lang`, else `QUYCHE_LANG` (`vi` or `en`), else Vietnamese. `LANG` is not read: most
    /// machines, those of Vietnamese officers included, ship with `LANG=en_US.UTF-8`.
    pub fn choose(flag: Option<Lang>) -> Lang {
        flag.or_else(|| match std::env::var("QUYCHE_LANG").ok()?.trim() {
            "en" => Some(Lang::En),
            "vi" => Some(Lang::Vi),
            _ => None,
        })
        .unwrap_or_default()
    }

    /// The entry in this language.
    pub fn pick<'a>(self, (vi, en): (&'a str, &'a str)) -> &'a str {
        match self {
            Lang::Vi => vi,
            Lang::En => en,
        }
    }
}

/// A value in both languages: the core's words for it.
pub fn words<T: Wording>(x: T) -> (&'static str, &'static str) {
    (x.name_vi(), x.name_en())
}

/// A value in this run's language.
pub fn say<T: Wording>(x: T) -> &'static str {
    tr(words(x))
}

/// How serious a finding of `check` is.
pub fn severity(level: quyche::check::Level) -> (&'static str, &'static str) {
    match level {
        quyche::check::Level::Error => ("lỗi", "error"),
        quyche::check::Level::Warning => ("cảnh báo", "warning"),
        quyche::check::Level::Info => ("thông tin", "info"),
    }
}

/// How a body ceased (the codes of `EndedView::how`).
pub fn change(how: &str) -> (&'static str, &'static str) {
    match how {
        "merged_into" => ("hợp nhất vào", "merged into"),
        "renamed" => ("đổi tên", "renamed"),
        "dissolved" => ("giải thể, chấm dứt", "dissolved"),
        "split_into" => ("chia tách", "split"),
        "jurisdiction_ended" => (
            "đơn vị hành chính không còn",
            "its province or district ended",
        ),
        "functions_transferred_to" => ("chuyển chức năng", "functions transferred"),
        _ => ("thay đổi", "changed"),
    }
}

/// An event of a body's timeline (`agencies --history`): its own dates, or a change.
pub fn event(code: &str) -> (&'static str, &'static str) {
    match code {
        "created" => ("thành lập", "created"),
        "ended" => ("chấm dứt", "ended"),
        "government_ended" => (
            "chính quyền địa phương chấm dứt",
            "its local government ended",
        ),
        other => change(other),
    }
}

/// Which way a change goes for the body asked about.
pub fn direction(code: &str) -> (&'static str, &'static str) {
    match code {
        "out" => ("chuyển đi", "out"),
        "in" => ("nhận về", "in"),
        _ => ("của chính cơ quan", "its own"),
    }
}

/// A day of the week.
pub fn weekday(d: chrono::Weekday) -> (&'static str, &'static str) {
    use chrono::Weekday::*;
    match d {
        Mon => ("thứ Hai", "Monday"),
        Tue => ("thứ Ba", "Tuesday"),
        Wed => ("thứ Tư", "Wednesday"),
        Thu => ("thứ Năm", "Thursday"),
        Fri => ("thứ Sáu", "Friday"),
        Sat => ("thứ Bảy", "Saturday"),
        Sun => ("Chủ nhật", "Sunday"),
    }
}

/// The headers and notes of the deadlines table.
pub mod deadlines {
    pub const DUE: (&str, &str) = ("Hạn", "Due");
    pub const PROVINCE: (&str, &str) = ("Tỉnh", "Province");
    pub const WHAT: (&str, &str) = ("Việc", "What");
    pub const SOURCE: (&str, &str) = ("Căn cứ", "Source");
    pub const NATIONAL: (&str, &str) = ("Trung ương", "National");
    pub const TIMES: (&str, &str) = ("lần", "times");
    pub const DUE_ON: (&str, &str) = ("hạn", "due on");
    pub const USUALLY_DUE_ON: (&str, &str) = ("thường hạn", "usually due on");
    pub const COUNT: (&str, &str) = ("hạn", "due dates");
    pub const SINCE: (&str, &str) = ("từ ngày", "from");
    pub const ALL: (&str, &str) = (
        "--all: cả kỳ; --expand: từng ngày của việc lặp lại; --format wide: đủ cột",
        "--all: the whole range; --expand: every date of recurring items; --format wide: every column",
    );
    pub const PROJECTED: (&str, &str) = (
        "* dự kiến: chưa có thông báo chính thức về lịch nghỉ của năm đó (xem --format json, trace)",
        "* projected: no official notice of that year's days off yet (see --format json, trace)",
    );
    pub const NOT_IN_FORCE: (&str, &str) = ("không có hiệu lực", "not in force");
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every entry has both languages, and they differ where a word is translated.
    #[test]
    fn every_entry_has_both_languages() {
        fn all<T: Wording>(values: &[T]) -> Vec<(&'static str, &'static str)> {
            values.iter().copied().map(words).collect()
        }
        let mut entries = all(quyche::obligation::Deliverable::ALL);
        entries.extend(all(quyche::schedule::Frequency::ALL));
        entries.extend(all(quyche::obligation::Role::ALL));
        entries.extend(all(quyche::agency::AgencyKind::ALL));
        entries.extend(all(quyche::agency::Level::ALL));
        entries.extend(all(quyche::model::InstrumentKind::ALL));
        entries.extend(all(quyche::model::Status::ALL));
        entries.extend(all(quyche::calendar::DayKind::ALL));
        entries.extend(all(quyche::calendar::Status::ALL));
        entries.extend(all(quyche::dataset::StatusOn::ALL));
        entries.extend(
            [
                quyche::check::Level::Error,
                quyche::check::Level::Warning,
                quyche::check::Level::Info,
            ]
            .into_iter()
            .map(severity),
        );
        entries.extend(
            [
                "merged_into",
                "renamed",
                "dissolved",
                "split_into",
                "jurisdiction_ended",
                "functions_transferred_to",
                "?",
            ]
            .into_iter()
            .map(change),
        );
        entries.extend((0..7).map(|i| weekday(chrono::Weekday::try_from(i as u8).unwrap())));
        use deadlines::*;
        entries.extend([
            DUE,
            PROVINCE,
            WHAT,
            SOURCE,
            NATIONAL,
            TIMES,
            DUE_ON,
            USUALLY_DUE_ON,
            COUNT,
            SINCE,
            ALL,
            PROJECTED,
            NOT_IN_FORCE,
        ]);
        for (vi, en) in entries {
            assert!(
                !vi.trim().is_empty() && !en.trim().is_empty(),
                "{vi:?} / {en:?}"
            );
            assert_ne!(vi, en, "untranslated: {vi}");
        }
    }

    /// Every column title the tables are built with has its English: read from the sources.
    #[test]
    fn every_column_title_has_english() {
        let sources = [
            include_str!("render.rs"),
            include_str!("render_tree.rs"),
            include_str!("provinces.rs"),
        ];
        let mut titles = Vec::new();
        for src in sources {
            for part in src
                .split("Table::new(")
                .skip(1)
                .chain(src.split("with_current(").skip(1))
            {
                // The titles are the string literals of the first slice literal `&[...]`.
                let list = &part[..part.find(']').unwrap_or(0)];
                titles.extend(list.split('"').skip(1).step_by(2).map(str::to_owned));
            }
        }
        assert!(titles.len() > 40, "{titles:?}");
        for t in titles {
            assert!(
                HEADERS.iter().any(|(vi, _)| *vi == t),
                "no English for the column title {t:?}"
            );
        }
        for (vi, en) in HEADERS {
            assert!(!en.is_empty() && vi != en, "{vi}");
        }
    }
}
