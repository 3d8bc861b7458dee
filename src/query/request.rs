//! The requests the query layer answers, mirroring the CLI's subcommands.

use serde::{Deserialize, Serialize};

/// A request. As JSON: an object whose `query` names the subcommand and whose other keys are its
/// options, e.g. `{"query": "obligations", "province": "Điện Biên", "frequency": "annual"}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "query", rename_all = "snake_case", deny_unknown_fields)]
#[non_exhaustive]
pub enum Request {
    /// Every instrument, without trees (`quyche instruments`).
    Instruments {},
    /// One instrument with its tree, or one of its provisions (`quyche show ID [CITATION]`).
    Show {
        /// Id or official number.
        id: String,
        /// A citation or eId of one provision.
        #[serde(default)]
        citation: Option<String>,
    },
    /// Import a text (`quyche import FILE`).
    Import {
        /// The text.
        text: String,
    },
    /// Agencies and groups (`quyche agencies`).
    Agencies {
        /// Only this province's bodies (central bodies are always listed).
        #[serde(default)]
        province: Option<String>,
    },
    /// Duties (`quyche duties`).
    Duties {
        /// Only duties borne by this agency.
        #[serde(default)]
        agency: Option<String>,
        /// Only this province's duties.
        #[serde(default)]
        province: Option<String>,
        /// Only this role.
        #[serde(default)]
        role: Option<String>,
    },
    /// Reporting obligations (`quyche obligations`).
    Obligations {
        /// Only this province's obligations.
        #[serde(default)]
        province: Option<String>,
        /// Only obligations owed to this agency.
        #[serde(default)]
        to: Option<String>,
        /// Only this frequency.
        #[serde(default)]
        frequency: Option<String>,
    },
}

impl Request {
    /// Reads a request from JSON text.
    ///
    /// # Errors
    /// [`crate::Error::Request`] saying what is wrong and where (line and column).
    pub fn from_json(text: &str) -> crate::Result<Self> {
        serde_json::from_str(text).map_err(|e| crate::Error::request(format!("invalid request: {e}")))
    }
}
