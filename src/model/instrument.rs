//! Instruments: laws, decrees, circulars, decisions and the regulations they attach.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{Provision, Reference};

/// The jurisdiction code of national instruments; provinces use their slug (`"quang-ninh"`).
pub const NATIONAL: &str = "vn";

/// A legal instrument (văn bản): its metadata, its own provision tree and its attachments.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Instrument {
    /// Stable id, `<jurisdiction>/<number-slug>` (e.g. `vn/22-2016-tt-btttt`).
    pub id: String,
    /// The official number (`38/2018/QĐ-UBND`), `None` for a draft or where the text gives none.
    pub number: Option<String>,
    /// The kind of instrument.
    pub kind: InstrumentKind,
    /// The title (trích yếu), as in the text.
    pub title: Option<String>,
    /// The issuing body, as named in the text.
    pub issuer: Option<String>,
    /// `"vn"` for national instruments, otherwise the province's slug.
    pub jurisdiction: String,
    /// The signer's name, where the text gives it.
    pub signer: Option<String>,
    /// The place of issue (`"Trà Vinh"`), where the text gives it.
    pub place: Option<String>,
    /// The date of signing.
    pub signed_on: Option<NaiveDate>,
    /// The date it takes effect.
    pub effective_from: Option<NaiveDate>,
    /// Its status as last verified.
    pub status: Status,
    /// The instruments it replaces (thay thế).
    pub replaces: Vec<InstrumentRef>,
    /// Its legal bases (căn cứ).
    pub bases: Vec<InstrumentRef>,
    /// The day its status was last checked against a source, if ever.
    pub verified_on: Option<NaiveDate>,
    /// Its own provisions (for a decision: the decision's articles).
    pub body: Vec<Provision>,
    /// Regulations issued with it ("ban hành kèm theo"), each with its own tree.
    pub attachments: Vec<Attachment>,
    /// Cross-references found in its provisions.
    #[serde(default)]
    pub references: Vec<Reference>,
}

/// A regulation (Quy chế, Quy định) attached to a decision, with its own provision tree.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Attachment {
    /// The eId prefix of its nodes (`att_1`).
    pub eid: String,
    /// Its kind as named in the text (`Quy định`, `Quy chế`).
    pub kind: String,
    /// Its title, as in the text.
    pub title: String,
    /// Its provision tree.
    pub body: Vec<Provision>,
}

/// The kind of a legal instrument.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum InstrumentKind {
    /// Hiến pháp.
    HienPhap,
    /// Bộ luật (a code).
    BoLuat,
    /// Luật (a law).
    Luat,
    /// Nghị quyết (a resolution).
    NghiQuyet,
    /// Pháp lệnh (an ordinance).
    PhapLenh,
    /// Nghị định (a decree).
    NghiDinh,
    /// Thông tư (a circular).
    ThongTu,
    /// Quyết định (a decision).
    QuyetDinh,
    /// Chỉ thị (a directive).
    ChiThi,
    /// Quy chế issued on its own.
    QuyChe,
    /// Quy định issued on its own.
    QuyDinh,
    /// Any other or unknown kind.
    Other,
}

impl InstrumentKind {
    /// The Vietnamese name of the kind (`"Thông tư"`).
    pub fn vietnamese(self) -> &'static str {
        match self {
            InstrumentKind::HienPhap => "Hiến pháp",
            InstrumentKind::BoLuat => "Bộ luật",
            InstrumentKind::Luat => "Luật",
            InstrumentKind::NghiQuyet => "Nghị quyết",
            InstrumentKind::PhapLenh => "Pháp lệnh",
            InstrumentKind::NghiDinh => "Nghị định",
            InstrumentKind::ThongTu => "Thông tư",
            InstrumentKind::QuyetDinh => "Quyết định",
            InstrumentKind::ChiThi => "Chỉ thị",
            InstrumentKind::QuyChe => "Quy chế",
            InstrumentKind::QuyDinh => "Quy định",
            InstrumentKind::Other => "Văn bản",
        }
    }

    /// The kind named at the start of `text` ("Nghị định số 72/2015/NĐ-CP" → `NghiDinh`),
    /// compared without case or diacritics.
    pub fn from_leading_words(text: &str) -> Option<Self> {
        let f = crate::text::fold(text);
        const KINDS: [(&str, InstrumentKind); 11] = [
            ("hien phap", InstrumentKind::HienPhap),
            ("bo luat", InstrumentKind::BoLuat),
            ("luat", InstrumentKind::Luat),
            ("nghi quyet", InstrumentKind::NghiQuyet),
            ("phap lenh", InstrumentKind::PhapLenh),
            ("nghi dinh", InstrumentKind::NghiDinh),
            ("thong tu", InstrumentKind::ThongTu),
            ("quyet dinh", InstrumentKind::QuyetDinh),
            ("chi thi", InstrumentKind::ChiThi),
            ("quy che", InstrumentKind::QuyChe),
            ("quy dinh", InstrumentKind::QuyDinh),
        ];
        KINDS
            .iter()
            .find(|(w, _)| f == *w || f.starts_with(&format!("{w} ")))
            .map(|(_, k)| *k)
    }
}

/// The status of an instrument as last verified.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// A draft, never in force.
    Draft,
    /// In force (as of `verified_on`).
    InForce,
    /// Replaced by a later instrument.
    Replaced,
    /// Not known: not verified.
    Unknown,
}

/// A mention of another instrument: by id when the dataset knows it, always with the
/// number where the text gives one and the exact words of the text.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct InstrumentRef {
    /// The dataset id of the instrument, when it is in the dataset.
    pub id: Option<String>,
    /// Its official number, where the text gives one.
    pub number: Option<String>,
    /// The words of the text that name it (a whole căn cứ line, say).
    pub quote: String,
}

impl Instrument {
    /// An instrument with this id and jurisdiction and nothing else known: no metadata, no
    /// provisions, status unknown. The importers and the dataset loader fill it in.
    pub(crate) fn blank(id: String, jurisdiction: String) -> Self {
        Instrument {
            id,
            number: None,
            kind: InstrumentKind::Other,
            title: None,
            issuer: None,
            jurisdiction,
            signer: None,
            place: None,
            signed_on: None,
            effective_from: None,
            status: Status::Unknown,
            replaces: Vec::new(),
            bases: Vec::new(),
            verified_on: None,
            body: Vec::new(),
            attachments: Vec::new(),
            references: Vec::new(),
        }
    }

    /// Every provision tree of the instrument: its body first, then each attachment's,
    /// with the attachment (or `None` for the body).
    pub fn trees(&self) -> impl Iterator<Item = (Option<&Attachment>, &[Provision])> {
        std::iter::once((None, self.body.as_slice())).chain(
            self.attachments
                .iter()
                .map(|a| (Some(a), a.body.as_slice())),
        )
    }

    /// Every provision of the instrument, depth first, body then attachments.
    pub fn provisions(&self) -> impl Iterator<Item = &Provision> {
        self.trees()
            .flat_map(|(_, body)| body.iter().flat_map(Provision::walk))
    }

    /// The provision with this eId, anywhere in the instrument.
    pub fn find_eid(&self, eid: &str) -> Option<&Provision> {
        self.provisions().find(|p| p.eid == eid)
    }

    /// The instrument's number or, for a draft without one, its id: a label for listings.
    pub fn label(&self) -> &str {
        self.number.as_deref().unwrap_or(&self.id)
    }
}

named_values!(InstrumentKind, "The kind of an instrument" {
    HienPhap => ("Hiến pháp", "constitution"),
    BoLuat => ("Bộ luật", "code"),
    Luat => ("Luật", "law"),
    NghiQuyet => ("Nghị quyết", "resolution"),
    PhapLenh => ("Pháp lệnh", "ordinance"),
    NghiDinh => ("Nghị định", "decree"),
    ThongTu => ("Thông tư", "circular"),
    QuyetDinh => ("Quyết định", "decision"),
    ChiThi => ("Chỉ thị", "directive"),
    QuyChe => ("Quy chế", "regulation"),
    QuyDinh => ("Quy định", "rules"),
    Other => ("khác", "other"),
});

named_values!(Status, "The status of an instrument" {
    Draft => ("dự thảo", "draft"),
    InForce => ("còn hiệu lực", "in force"),
    Replaced => ("đã được thay thế", "replaced"),
    Unknown => ("chưa xác minh", "not verified"),
});
