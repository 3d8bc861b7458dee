"""quyche: Vietnamese regulations on foreign-information activities (thông tin đối ngoại) as data.

Instruments with their provision trees, the agencies they address, duties, reporting obligations
and their deadlines on the Vietnamese working calendar. Every answer comes from the Rust core,
so it equals the ``quyche`` command line's JSON for the same query.

>>> import quyche
>>> rules = quyche.RuleSet.default()
>>> inst = rules.instrument("38/2018/QĐ-UBND")
>>> inst.provision("Khoản 1 Điều 1").citation
'Khoản 1 Điều 1'

numpy and pandas are optional: the batch calendar functions need numpy, :mod:`quyche.pandas`
needs pandas.
"""

from __future__ import annotations

from ._errors import (
    AmbiguousError,
    DataReadError,
    DatasetError,
    InvalidDateError,
    InvalidInputError,
    NotFoundError,
    ParseError,
    QuycheError,
)
import sys as _sys

from ._quyche import (
    Agency,
    Attachment,
    Calendar,
    Deadline,
    Duty,
    Holiday,
    Instrument,
    InstrumentInfo,
    Obligation,
    Provision,
    RuleSet,
    __version__,
    import_bytes,
    import_text,
    lunar,
)

# `import quyche.lunar` and `from quyche.lunar import from_solar` find the native submodule.
_sys.modules.setdefault("quyche.lunar", lunar)

__all__ = [
    "Agency",
    "AmbiguousError",
    "Attachment",
    "Calendar",
    "DataReadError",
    "DatasetError",
    "Deadline",
    "Duty",
    "Holiday",
    "Instrument",
    "InstrumentInfo",
    "InvalidDateError",
    "InvalidInputError",
    "NotFoundError",
    "Obligation",
    "ParseError",
    "Provision",
    "QuycheError",
    "RuleSet",
    "__version__",
    "import_bytes",
    "import_text",
    "lunar",
]
