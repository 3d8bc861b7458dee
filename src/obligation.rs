//! Duties (who must do what, in which role) and reporting obligations (duties with a deliverable
//! and a schedule), each cited to the smallest provision that holds it and quoted exactly.

mod links;

pub(crate) use links::check_schedule_links;

use serde::{Deserialize, Serialize};

use crate::schedule::Schedule;

/// One duty of one bearer, from one provision.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Duty {
    /// Stable id: `<instrument id>/<local id>`; in a dataset file, the local part only.
    pub id: String,
    /// The instrument (filled in by the loader from the file's place).
    #[serde(default)]
    pub instrument_id: String,
    /// The province, `None` for national duties (filled in by the loader).
    #[serde(default)]
    pub province: Option<String>,
    /// The eId of the smallest provision that holds the duty.
    pub eid: String,
    /// The citation of that provision (filled in by the loader from the tree).
    #[serde(default)]
    pub citation: String,
    /// The id of the agency or group that bears the duty.
    pub bearer: String,
    /// The bearer's role.
    pub role: Role,
    /// The ids of the other bodies named in the duty (whom it leads, coordinates with, advises).
    #[serde(default)]
    pub counterparts: Vec<String>,
    /// The action, in a short English summary.
    pub summary: String,
    /// The same summary in Vietnamese, where the dataset gives one (every record of the
    /// embedded dataset does).
    #[serde(default)]
    pub summary_vi: Option<String>,
    /// The exact Vietnamese words of the provision (a substring of its text).
    pub quote: String,
}

/// The role a bearer has in a duty: the function the text gives it, named by the Vietnamese verbs
/// each role covers (docs/dataset.md, "Roles"). A body the text makes "chủ trì" leads whatever
/// the task; a body that "phối hợp" coordinates; otherwise the governing verb decides.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Leads: "chủ trì" (with or without "phối hợp với" others).
    Lead,
    /// Coordinates with the lead: "phối hợp", "tham gia".
    Coordinate,
    /// Advises a superior or a competent body: "tham mưu", "giúp", "đề xuất", "kiến nghị".
    Advise,
    /// Guides or directs others: "hướng dẫn", "chỉ đạo", "định hướng".
    Guide,
    /// Urges, follows and checks others' work: "đôn đốc", "theo dõi", "kiểm tra", "đánh giá"
    /// (of others' implementation).
    Supervise,
    /// Inspects and enforces: "thanh tra", "xử lý vi phạm", "giải quyết khiếu nại, tố cáo".
    Inspect,
    /// Appraises what another body submits: "thẩm định".
    Appraise,
    /// Approves or decides: "phê duyệt", "quyết định", "xem xét, quyết định", "cho ý kiến".
    Approve,
    /// Commends or grants awards: "biểu dương", "khen thưởng", "xét khen thưởng".
    Reward,
    /// Reports: "báo cáo", "gửi báo cáo", "phản ánh", "thông báo" (to a body).
    Report,
    /// Provides information: "cung cấp thông tin", "đăng tải", "phát ngôn", "thông tin".
    ProvideInfo,
    /// Carries out: "thực hiện", "triển khai", "tổ chức", "xây dựng", "quản lý", "bảo đảm",
    /// "bảo mật", "sơ kết, tổng kết", "chịu trách nhiệm thi hành".
    Implement,
}

impl Role {
    /// Parses a role name (`lead`, `coordinate`, `advise`, `guide`, `supervise`, `inspect`,
    /// `appraise`, `approve`, `reward`, `report`, `provide_info`, `implement`) or its main
    /// Vietnamese word (`chủ trì`, `phối hợp`, `tham mưu`, `đôn đốc`, `thẩm định`, ...).
    ///
    /// # Errors
    /// [`crate::Error::Request`] listing the accepted names.
    pub fn parse(s: &str) -> crate::Result<Self> {
        Ok(match crate::text::fold_compact(s).as_str() {
            "lead" | "chutri" => Role::Lead,
            "coordinate" | "phoihop" => Role::Coordinate,
            "advise" | "thammuu" => Role::Advise,
            "guide" | "huongdan" => Role::Guide,
            "supervise" | "dondoc" => Role::Supervise,
            "inspect" | "thanhtra" => Role::Inspect,
            "appraise" | "thamdinh" => Role::Appraise,
            "approve" | "pheduyet" => Role::Approve,
            "reward" | "khenthuong" => Role::Reward,
            "report" | "baocao" => Role::Report,
            "provideinfo" | "cungcapthongtin" => Role::ProvideInfo,
            "implement" | "thuchien" => Role::Implement,
            _ => {
                return Err(crate::Error::unknown_word(
                    ("role", "vai trò"),
                    s,
                    &[
                        "lead",
                        "coordinate",
                        "advise",
                        "guide",
                        "supervise",
                        "inspect",
                        "appraise",
                        "approve",
                        "reward",
                        "report",
                        "provide_info",
                        "implement",
                    ],
                ))
            }
        })
    }
}

/// A duty with a deliverable and a schedule.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Obligation {
    /// Stable id: `<instrument id>/<local id>`; in a dataset file, the local part only.
    pub id: String,
    /// The instrument (filled in by the loader).
    #[serde(default)]
    pub instrument_id: String,
    /// The province, `None` for national obligations (filled in by the loader).
    #[serde(default)]
    pub province: Option<String>,
    /// The eId of the smallest provision that holds it.
    pub eid: String,
    /// The citation of that provision (filled in by the loader from the tree).
    #[serde(default)]
    pub citation: String,
    /// The ids of the bodies that owe it.
    pub from: Vec<String>,
    /// The ids of the bodies it is owed to.
    pub to: Vec<String>,
    /// What is delivered.
    pub what: Deliverable,
    /// The form to use, when the text names one.
    #[serde(default)]
    pub template: Option<TemplateRef>,
    /// When it is due.
    pub schedule: Schedule,
    /// A short English summary.
    pub summary: String,
    /// The same summary in Vietnamese, where the dataset gives one (every record of the
    /// embedded dataset does).
    #[serde(default)]
    pub summary_vi: Option<String>,
    /// The exact Vietnamese words of the provision (a substring of its text).
    pub quote: String,
}

/// A form (mẫu) in an appendix of an instrument.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TemplateRef {
    /// The instrument that holds the form.
    pub instrument: String,
    /// The eId of the appendix (`app_2`).
    pub eid: String,
}

/// What an obligation delivers.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Deliverable {
    /// A report (báo cáo).
    Report,
    /// A plan (kế hoạch).
    Plan,
    /// Information for the province's web portal (Cổng/Trang thông tin điện tử).
    PortalInformation,
    /// Information provided to another body or the press.
    Information,
    /// A press conference (họp báo).
    PressConference,
    /// Attendance at a briefing (giao ban).
    Briefing,
    /// Anything else; the summary says what.
    Other,
}

named_values!(Role, "The role" {
    Lead => ("chủ trì", "lead"),
    Coordinate => ("phối hợp", "coordinate"),
    Advise => ("tham mưu", "advise"),
    Guide => ("hướng dẫn, chỉ đạo", "guide"),
    Supervise => ("đôn đốc, kiểm tra", "supervise"),
    Inspect => ("thanh tra, xử lý vi phạm", "inspect"),
    Appraise => ("thẩm định", "appraise"),
    Approve => ("phê duyệt, quyết định", "approve"),
    Reward => ("khen thưởng", "reward"),
    Report => ("báo cáo", "report"),
    ProvideInfo => ("cung cấp thông tin", "provide information"),
    Implement => ("thực hiện", "implement"),
});

named_values!(Deliverable, "What is delivered" {
    Report => ("Báo cáo", "Report"),
    Plan => ("Kế hoạch", "Plan"),
    PortalInformation => (
        "Thông tin cho cổng thông tin điện tử",
        "Information for the web portal"
    ),
    Information => ("Cung cấp thông tin", "Information"),
    PressConference => ("Họp báo", "Press conference"),
    Briefing => ("Giao ban", "Briefing"),
    Other => ("Việc khác", "Other"),
});
