//! The query layer's list answers as Python classes.

use pyo3::prelude::*;

use crate::record::json_record;

json_record! {
    /// An instrument of the rule set without its provision tree (an item of `RuleSet.instruments()`).
    InstrumentInfo as "InstrumentInfo", repr ["id", "number"],
    {
        /// Dataset id (`vn/22-2016-tt-btttt`).
        id,
        /// Official number (`22/2016/TT-BTTTT`), `None` for a draft.
        number,
        /// Kind (`quyet_dinh`, `thong_tu`, ...).
        kind,
        /// Title (trích yếu).
        title,
        /// Issuing body, as named in the text.
        issuer,
        /// `vn` or a province slug.
        jurisdiction,
        /// Signer.
        signer,
        /// Date signed (`datetime.date`).
        signed_on,
        /// Date effective (`datetime.date`).
        effective_from,
        /// `draft`, `in_force`, `replaced` or `unknown`.
        status,
        /// When the status was last verified (`datetime.date`).
        verified_on,
        /// Instruments it replaces (dicts with `id`, `number`, `quote`).
        replaces,
        /// Id of the instrument that replaces it, where recorded.
        replaced_by,
        /// Legal bases (dicts with `id`, `number`, `quote`).
        bases,
        /// Whether the rule set holds its text.
        has_text,
    }
}

json_record! {
    /// An agency or a group of agencies (an item of `RuleSet.agencies()`).
    Agency as "Agency", repr ["id", "name"],
    {
        /// Stable id (`quang-ninh/so-tttt`).
        id,
        /// Full name.
        name,
        /// `agency` or `group`.
        kind,
        /// `central`, `province`, `district`, `commune`, `party`, `mass_organisation`, `press`, `security` or `other`.
        level,
        /// Province slug, `None` for central bodies.
        province,
        /// Other names the texts use.
        aliases,
        /// Ids of a group's members, where known.
        members,
        /// First day of existence under this identity (`datetime.date`), where known.
        valid_from,
        /// Last day of existence under this identity (`datetime.date`), where known.
        valid_until,
        /// Editorial note.
        note,
    }
}

json_record! {
    /// A duty of one body under one provision (an item of `RuleSet.duties()`).
    Duty as "Duty", repr ["id", "citation"],
    {
        /// Stable id (`<instrument id>/<local id>`).
        id,
        /// Who bears it: a dict with `id` and `name`.
        bearer,
        /// `lead`, `coordinate`, `advise`, `guide`, `supervise`, `inspect`, `appraise`, `approve`, `reward`, `report`, `provide_info` or `implement`.
        role,
        /// The other bodies involved: dicts with `id` and `name`.
        counterparts,
        /// English summary.
        summary,
        /// Vietnamese summary (`None` where the dataset gives none).
        summary_vi,
        /// The exact Vietnamese words of the provision.
        quote,
        /// Citation of the provision (`Khoản 2 Điều 20`).
        citation,
        /// eId of the provision.
        eid,
        /// Id of the instrument.
        instrument_id,
        /// Number of the instrument (its id for a draft).
        instrument,
        /// Province slug, `None` for national duties.
        province,
        /// With `current_bearers=True`: each body named, resolved on the `as_of` day after the
        /// 2025 reorganisation (dicts with `original`, `status`, `resolved`, `chain`, ...); else `None`.
        current,
        /// For a national record in a province's answer: the national instrument and the
        /// province's bodies that stand for the groups it names (a dict); else `None`.
        national,
    }
}

json_record! {
    /// A reporting obligation (an item of `RuleSet.obligations()`).
    Obligation as "Obligation", repr ["id", "citation"],
    {
        /// Stable id.
        id,
        /// Id of the instrument.
        instrument_id,
        /// Number of the instrument (its id for a draft).
        instrument,
        /// Province slug, `None` for national obligations.
        province,
        /// Citation of the provision.
        citation,
        /// eId of the provision.
        eid,
        /// Who owes it: dicts with `id` and `name` (JSON key `from`, a Python keyword).
        from_ = "from",
        /// To whom: dicts with `id` and `name`.
        to,
        /// `report`, `plan`, `portal_information`, `information`, `press_conference`, `briefing` or `other`.
        what,
        /// The form to use (dict with `instrument_id`, `eid`, `citation`), where the text names one.
        template,
        /// When: a dict with `kind` and its fields, as in the dataset.
        schedule,
        /// English summary.
        summary,
        /// Vietnamese summary (`None` where the dataset gives none).
        summary_vi,
        /// The exact Vietnamese words of the provision.
        quote,
        /// With `current_bearers=True`: each body named, resolved on the `as_of` day after the
        /// 2025 reorganisation (dicts with `original`, `status`, `resolved`, `chain`, ...); else `None`.
        current,
        /// For a national record in a province's answer: the national instrument and the
        /// province's bodies that stand for the groups it names (a dict); else `None`.
        national,
    }
}

json_record! {
    /// One due date of one obligation (an item of `RuleSet.deadlines()`), with its trace.
    Deadline as "Deadline", repr ["obligation", "due"],
    {
        /// The obligation's id.
        obligation,
        /// Number of the instrument (its id for a draft).
        instrument,
        /// Id of the instrument.
        instrument_id,
        /// The instrument's status (`draft` marks a draft's duties).
        instrument_status,
        /// Province slug, `None` for national obligations.
        province,
        /// Citation of the provision.
        citation,
        /// eId of the provision.
        eid,
        /// Who owes it: dicts with `id` and `name` (JSON key `from`, a Python keyword).
        from_ = "from",
        /// To whom: dicts with `id` and `name`.
        to,
        /// What is delivered.
        what,
        /// English summary.
        summary,
        /// Vietnamese summary (`None` where the dataset gives none).
        summary_vi,
        /// `annual`, `semiannual`, `quarterly`, `monthly`, `weekly`, `on_request` or `event`.
        recurrence,
        /// The schedule as data.
        schedule,
        /// First day of the period (`datetime.date`), `None` for undated duties.
        period_start,
        /// Last day of the period (`datetime.date`), `None` for undated duties.
        period_end,
        /// The last day the wording allows (`datetime.date`), before any shift.
        last_day,
        /// The due date after the shift policy (`datetime.date`), `None` for undated duties.
        due,
        /// The shift policy applied: `previous`, `next` or `none`.
        shift,
        /// Whether the instrument binds for this due date.
        in_force,
        /// `official`, or `projected` when a day the computation looked at lies in a year no
        /// official notice covers (the trace names it); `None` for undated duties.
        calendar_status,
        /// How the due date was found: dicts with `step`, `date` (`datetime.date` or `None`), `reason`, `source`.
        trace,
        /// The exact Vietnamese words of the provision.
        quote,
        /// With `current_bearers=True`: each body named, resolved on the `as_of` day after the
        /// 2025 reorganisation (dicts with `original`, `status`, `resolved`, `chain`, ...); else `None`.
        current,
        /// For a national record in a province's answer: the national instrument and the
        /// province's bodies that stand for the groups it names (a dict); else `None`.
        national,
        /// The bodies the record names that had ceased by its due date (dicts with `body`,
        /// `since`, `how`, `successor`, `verified`, `source`); `None` when none had.
        ended,
    }
}

json_record! {
    /// A holiday, compensatory day off or official swap of the working calendar (an item of
    /// `Calendar.holidays()`).
    Holiday as "Holiday", repr ["date", "name_en"],
    {
        /// The day (`datetime.date`).
        date,
        /// `statutory`, `compensatory`, `swap_off`, `swap_work` (a weekend day worked), `day_off` or `work_day`.
        kind,
        /// The statutory holiday concerned (`tet`, `national_day`, ...), where there is one.
        holiday,
        /// Vietnamese name.
        name_vi,
        /// English name.
        name_en,
        /// The law and, where a notice fixed the date, the notice.
        source,
        /// `official` (fixed by a notice or by the law's fixed date) or `projected` by the rules.
        status,
        /// Whether the rule or notice behind the day was confirmed from its text.
        verified,
    }
}

json_record! {
    /// A date of the Vietnamese lunisolar calendar (from `quyche.lunar.from_solar`).
    LunarDateRecord as "LunarDate" in "quyche.lunar", repr ["year", "month", "day", "leap"],
    {
        /// The lunar year, numbered like the solar year in which most of it falls.
        year,
        /// The month, 1 to 12.
        month,
        /// The day of the month, 1 to 30.
        day,
        /// Whether the month is the leap month (tháng nhuận) repeating `month`.
        leap,
    }
}
