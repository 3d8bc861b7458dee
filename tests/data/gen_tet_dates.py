"""Write tests/data/tet_dates.csv: Tết (lunar 1/1) of every year 1900-2199 from independent sources.

Run: python3 -m venv /tmp/v && /tmp/v/bin/pip install holidays==0.109 lunardate==0.3.0 ephem==4.2.1
     /tmp/v/bin/python tests/data/gen_tet_dates.py > tests/data/tet_dates.csv
     /tmp/v/bin/python tests/data/gen_tet_dates.py --months > tests/data/lunar_months.csv

With --months it writes every lunar month of the PyEphem evaluation instead: year, month, leap,
first day (solar), length.

Columns:
- holidays_vn: the `holidays` package (0.109), `_ChineseLunisolar(VIETNAMESE_CALENDAR)`: a published
  table of Chinese New Year dates with Viet Nam's differing years overridden (1901-2100 only).
- lunardate_cn: the `lunardate` package (0.3.0): the CHINESE calendar (UTC+8), 1900-2099, kept to show
  the years where Viet Nam differs from China.
- ephem_vn: the Vietnamese rules (month 11 holds the December solstice; the leap month is the first
  month with no principal term) evaluated at UTC+7 with PyEphem (4.2.1) new moons and solar
  longitudes, an ephemeris independent of quyche's Meeus formulas. Covers all of 1900-2199.
"""
import datetime as dt
import math
import sys

import ephem
from holidays.calendars.chinese import VIETNAMESE_CALENDAR, _ChineseLunisolar
from lunardate import LunarDate

TZ = 7 / 24  # UTC+7
EPOCH = dt.date(1899, 12, 31)  # ephem.Date(0) is 1899-12-31 12:00 UT


def local_day(d):
    """The local civil date (UTC+7) of an ephem.Date instant."""
    return EPOCH + dt.timedelta(days=math.floor(float(d) + 0.5 + TZ))


def midnight(day):
    """The ephem.Date of local midnight opening `day`."""
    return ephem.Date((day - EPOCH).days - 0.5 - TZ)


def sun_lon(day):
    s = ephem.Sun(midnight(day))
    ecl = ephem.Ecliptic(ephem.Equatorial(s.ra, s.dec, epoch=midnight(day)), epoch=midnight(day))
    return math.degrees(ecl.lon) % 360.0


def new_moons(start, end):
    out = []
    d = ephem.Date(start)
    while True:
        d = ephem.next_new_moon(d)
        day = local_day(d)
        if day > end:
            return out
        out.append(day)
        d = ephem.Date(d + 1)


starts = new_moons(dt.date(1897, 12, 1), dt.date(2201, 3, 1))
terms = [math.floor(sun_lon(s) / 30) for s in starts]
# A winter month can hold two principal terms, so test for the crossing of 270°, not 8 -> 9.
elevens = [i for i in range(len(starts) - 1) if 6 <= terms[i] % 12 <= 8 and 9 <= terms[i + 1] % 12 <= 11]
tet = {}
for a, b in zip(elevens, elevens[1:]):
    # months a (11), a+1 (12), then 1; a leap month before month 1 shifts month 1 by one.
    first = a + 2
    if b - a == 13:
        leap = next(j for j in range(a + 1, b) if terms[j] == terms[j + 1])
        if leap <= a + 2:
            first = a + 3
    tet[starts[first].year] = starts[first]

if "--months" in sys.argv:
    print("# Every Vietnamese lunar month (UTC+7) from PyEphem 4.2.1; see gen_tet_dates.py")
    print("year,month,leap,start,length")
    for a, b in zip(elevens, elevens[1:]):
        year, number = starts[a].year, 11
        leap_at = None
        if b - a == 13:
            leap_at = next(j for j in range(a + 1, b) if terms[j] == terms[j + 1])
        for j in range(a, b):
            leap = j == leap_at
            if j > a and not leap:
                number = 1 if number == 12 else number + 1
                if number == 1:
                    year += 1
            if dt.date(1900, 1, 1) <= starts[j + 1] and starts[j] <= dt.date(2199, 12, 31):
                print(f"{year},{number},{int(leap)},{starts[j]},{(starts[j + 1] - starts[j]).days}")
    sys.exit(0)

cal = _ChineseLunisolar(VIETNAMESE_CALENDAR)
print("# Tết (lunar year Y, month 1, day 1) for Y = 1900..2199; see gen_tet_dates.py for the sources")
print("year,holidays_vn,lunardate_cn,ephem_vn")
for y in range(1900, 2200):
    h = cal.lunar_new_year_date(y)[0] if 1901 <= y <= 2100 else None
    try:
        c = LunarDate(y, 1, 1).to_solar_date() if y <= 2099 else None
    except ValueError:
        c = None
    print(f"{y},{h or ''},{c or ''},{tet.get(y, '')}")
