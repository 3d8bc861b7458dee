//! The endpoints: each one the HTTP face of one query of the query layer.
//!
//! An endpoint names its query's tag; the query's fields (found by [`crate::fields`]) are its
//! parameters, with the request's JSON names, in the path where the path has them and in the
//! query string otherwise. A new query needs one line here; a new field of a query needs none.

/// How an answer is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Repr {
    /// The query layer's JSON text (the CLI's `--format json`).
    Json,
    /// CSV (`--format csv`).
    Csv,
    /// iCalendar (`--format ics`): a feed a calendar program can subscribe to.
    Ics,
    /// The one-file HTML page (`--format html`).
    Html,
}

impl Repr {
    /// The media type of the answer.
    pub fn media_type(self) -> &'static str {
        match self {
            Repr::Json => "application/json",
            Repr::Csv => "text/csv; charset=utf-8",
            Repr::Ics => "text/calendar; charset=utf-8",
            Repr::Html => "text/html; charset=utf-8",
        }
    }

    /// The media type without parameters (for the OpenAPI document).
    pub fn essence(self) -> &'static str {
        match self {
            Repr::Json => "application/json",
            Repr::Csv => "text/csv",
            Repr::Ics => "text/calendar",
            Repr::Html => "text/html",
        }
    }

    /// Its name in `--format`.
    pub fn name(self) -> &'static str {
        match self {
            Repr::Json => "json",
            Repr::Csv => "csv",
            Repr::Ics => "ics",
            Repr::Html => "html",
        }
    }
}

/// A field read from the request body instead of the query string.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BodyField {
    /// The field.
    pub field: &'static str,
    /// The media types accepted (without parameters; `charset`, when given, must be UTF-8).
    pub media_types: &'static [&'static str],
}

/// A parameter that turns the endpoint into another query: `GET /v1/agencies?history=NAME` is
/// `quyche agencies --history NAME`, the `history` query with `name = NAME`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Switch {
    /// The parameter.
    pub param: &'static str,
    /// The query it selects.
    pub query: &'static str,
    /// The field of that query that takes the parameter's value.
    pub field: &'static str,
}

/// One endpoint.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Route {
    /// `GET` or `POST`.
    pub method: &'static str,
    /// The path, with `{field}` for path parameters.
    pub path: &'static str,
    /// The query's tag (`"query"` of the request).
    pub query: &'static str,
    /// How the answer is written.
    pub repr: Repr,
    /// A field taken from the body (POST).
    pub body: Option<BodyField>,
    /// A parameter that selects another query.
    pub switch: Option<Switch>,
    /// What it answers, for the OpenAPI document.
    pub summary: &'static str,
    /// The CLI command it mirrors.
    pub cli: &'static str,
}

impl Route {
    const fn get(
        path: &'static str,
        query: &'static str,
        summary: &'static str,
        cli: &'static str,
    ) -> Self {
        Route {
            method: "GET",
            path,
            query,
            repr: Repr::Json,
            body: None,
            switch: None,
            summary,
            cli,
        }
    }

    const fn repr(mut self, repr: Repr) -> Self {
        self.repr = repr;
        self
    }

    const fn post(mut self, field: &'static str, media_types: &'static [&'static str]) -> Self {
        self.method = "POST";
        self.body = Some(BodyField { field, media_types });
        self
    }

    const fn switch(
        mut self,
        param: &'static str,
        query: &'static str,
        field: &'static str,
    ) -> Self {
        self.switch = Some(Switch {
            param,
            query,
            field,
        });
        self
    }

    /// The names of the path parameters, in order.
    pub fn path_params(&self) -> impl Iterator<Item = &'static str> {
        self.path
            .split('/')
            .filter_map(|s| s.strip_prefix('{').and_then(|s| s.strip_suffix('}')))
    }

    /// A stable name for logs and metrics (`GET /v1/deadlines.ics`).
    pub fn label(&self) -> String {
        format!("{} {}", self.method, self.path)
    }
}

/// Every endpoint that answers one query. (`POST /v1/query`, which answers any, and the
/// operational endpoints are not in this table.)
pub const ROUTES: &[Route] = &[
    Route::get("/v1/instruments", "instruments", "The instruments, with their status on a day", "quyche instruments"),
    Route::get(
        "/v1/instruments/{id}",
        "show",
        "One instrument with its provision tree, or one provision (`citation`)",
        "quyche show ID [CITATION]",
    ),
    Route::get("/v1/agencies", "agencies", "Agencies and groups, or one agency's timeline (`history`)", "quyche agencies")
        .switch("history", "history", "name"),
    Route::get(
        "/v1/provinces",
        "provinces",
        "The provinces and centrally-run cities of a day (34 from 12/06/2025, 63 before), with their dates and local regulations",
        "quyche provinces [--as-of DATE]",
    ),
    Route::get("/v1/duties", "duties", "Duties: who must do what, in which role, under which provision", "quyche duties"),
    Route::get("/v1/obligations", "obligations", "Reporting obligations and their schedules", "quyche obligations"),
    Route::get("/v1/deadlines", "deadlines", "Due dates on the Vietnamese working calendar, with their reasoning", "quyche deadlines"),
    Route::get("/v1/deadlines.csv", "deadlines", "Due dates as CSV", "quyche deadlines --format csv").repr(Repr::Csv),
    Route::get(
        "/v1/deadlines.ics",
        "deadlines",
        "Due dates as an iCalendar feed to subscribe to (one per province or agency; without year or from/to: this year and the next)",
        "quyche deadlines --format ics",
    )
    .repr(Repr::Ics),
    Route::get("/v1/calendar/{year}", "calendar", "A year of the working calendar: holidays, swaps, working days", "quyche calendar YEAR"),
    Route::get("/v1/workdays/add", "workdays_add", "A date plus a number of working days", "quyche workdays add DATE N"),
    Route::get("/v1/workdays/between", "workdays_between", "The working days in [from, to)", "quyche workdays between FROM TO"),
    Route::get("/v1/workdays/is", "workdays_is", "Whether a date is a working day, and why", "quyche workdays is DATE"),
    Route::get("/v1/lunar/from-solar", "lunar_from_solar", "The Vietnamese lunar date of a solar date", "quyche lunar from-solar DATE"),
    Route::get("/v1/lunar/to-solar", "lunar_to_solar", "The solar date of a Vietnamese lunar date", "quyche lunar to-solar DATE [--leap]"),
    Route::get("/v1/check", "check", "Conflicts and gaps between the regulations and Circular 22", "quyche check"),
    Route::get("/v1/compare", "compare", "Provinces side by side (deadlines or duties)", "quyche compare"),
    Route::get("/v1/compare.csv", "compare", "Provinces side by side, as CSV", "quyche compare --format csv").repr(Repr::Csv),
    Route::get(
        "/v1/compare.html",
        "compare",
        "Provinces side by side, as one self-contained HTML page that sorts by column",
        "quyche compare --format html",
    )
    .repr(Repr::Html),
    Route::get(
        "/v1/status",
        "status",
        "Which expected submissions of a year were on time, late, missing or not yet due (the submissions CSV is the body)",
        "quyche status --submissions FILE.csv",
    )
    .post("submissions_csv", &["text/csv", "text/plain"]),
    Route::get(
        "/v1/import",
        "import",
        "A Vietnamese legal text (the body) read into its provision tree",
        "quyche import FILE",
    )
    .post("text", &["text/plain", "application/xml", "text/xml"]),
];
