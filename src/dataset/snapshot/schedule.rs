//! How a [`Schedule`] is written in a snapshot and read back: a tag byte per variant, then its
//! fields (see the rules in `model.rs`).

use super::model::Get;
#[cfg(test)]
use super::model::Put;
#[cfg(test)]
use super::wire::Writer;
use super::wire::{Reader, Result};
#[cfg(test)]
use crate::schedule::Periodic;
use crate::schedule::Schedule;

/// `Schedule`: a tag byte, then the variant's fields. Tags are never reused.
impl Get for Schedule {
    fn get(r: &mut Reader<'_>) -> Result<Self> {
        Ok(match r.byte()? {
            0 => Schedule::Annual(Get::get(r)?),
            1 => Schedule::Semiannual(Get::get(r)?),
            2 => Schedule::Quarterly(Get::get(r)?),
            3 => Schedule::Monthly(Get::get(r)?),
            4 => Schedule::Weekly(Get::get(r)?),
            5 => Schedule::OnRequest { note: Get::get(r)? },
            6 => Schedule::Event {
                event: Get::get(r)?,
                event_vi: Get::get(r)?,
                timing: Get::get(r)?,
                days: Get::get(r)?,
            },
            7 => Schedule::Unfixed {
                every: Get::get(r)?,
                fixed_by: Get::get(r)?,
                note: Get::get(r)?,
            },
            8 => Schedule::Alternatives {
                options: Get::get(r)?,
            },
            b => return Err(r.error(format!("{b} is not a schedule tag"))),
        })
    }
}
#[cfg(test)]
impl Put for Schedule {
    fn put(&self, w: &mut Writer) {
        match self {
            Schedule::Annual(p) => periodic(w, 0, p),
            Schedule::Semiannual(p) => periodic(w, 1, p),
            Schedule::Quarterly(p) => periodic(w, 2, p),
            Schedule::Monthly(p) => periodic(w, 3, p),
            Schedule::Weekly(p) => periodic(w, 4, p),
            Schedule::OnRequest { note } => {
                w.byte(5);
                note.put(w);
            }
            Schedule::Event {
                event,
                event_vi,
                timing,
                days,
            } => {
                w.byte(6);
                event.put(w);
                event_vi.put(w);
                timing.put(w);
                days.put(w);
            }
            Schedule::Unfixed {
                every,
                fixed_by,
                note,
            } => {
                w.byte(7);
                every.put(w);
                fixed_by.put(w);
                note.put(w);
            }
            Schedule::Alternatives { options } => {
                w.byte(8);
                options.put(w);
            }
        }
    }
}

/// A linked schedule is boxed (a schedule may hold one).
impl Get for Box<Schedule> {
    fn get(r: &mut Reader<'_>) -> Result<Self> {
        Schedule::get(r).map(Box::new)
    }
}
#[cfg(test)]
impl Put for Box<Schedule> {
    fn put(&self, w: &mut Writer) {
        self.as_ref().put(w);
    }
}

#[cfg(test)]
fn periodic(w: &mut Writer, tag: u8, p: &Periodic) {
    w.byte(tag);
    p.put(w);
}
