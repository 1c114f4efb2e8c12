"""Derive the skeleton of ``src/helpers/data/actors/countries.yaml`` from reference data.

The skeleton holds one entry per state with ``id`` (ISO 3166-1 alpha-3 from pycountry),
``name`` (short English form from country_converter) and ``status``:

* ``un_member`` -- the 193 states with a ``UNmember`` year in country_converter's table;
* ``un_observer`` -- the two non-member observer states (Holy See, State of Palestine);
* ``de_facto`` -- widely recognised de-facto states, listed in :data:`DE_FACTO_STATES`
  (ids that ISO 3166 lacks are user-assigned ``X..`` codes, documented in the README).

Hand-written fields (aliases, demonyms, capitals, metonyms, ambiguous, note) are never
generated: with ``--merge PATH`` the script keeps every field of the entries already in
``PATH``, adds skeletons for states missing from it and reports entries that are no longer
backed by the reference data.

Usage
-----
    .venv/bin/python tools/build_country_entries.py                       # print skeleton YAML
    .venv/bin/python tools/build_country_entries.py --merge src/helpers/data/actors/countries.yaml

Requires ``country_converter`` (build-time only; its bundled table is read directly, so the
package's pandas-version-sensitive converter class is not needed).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pandas as pd
import pycountry
import yaml

UN_OBSERVER_STATES: dict[str, str] = {"VAT": "Holy See", "PSE": "Palestine"}

# id -> short English name. ISO ids where ISO 3166-1 has one (TWN, ESH), otherwise
# user-assigned codes: XKX is the code used by the EU, IMF and World Bank for Kosovo;
# the others are this project's own.
DE_FACTO_STATES: dict[str, str] = {
    "XKX": "Kosovo",
    "TWN": "Taiwan",
    "ESH": "Western Sahara",
    "XNC": "Northern Cyprus",
    "XAB": "Abkhazia",
    "XSO": "South Ossetia",
    "XTR": "Transnistria",
    "XSL": "Somaliland",
}


def read_country_converter_table() -> pd.DataFrame:
    """Return country_converter's bundled country table (one row per country or territory)."""
    try:
        import country_converter
    except ImportError as error:  # pragma: no cover - build-time helper
        raise SystemExit(
            "country_converter is needed to build the skeleton: "
            "`.venv/bin/pip install country_converter==1.3.2`"
        ) from error
    table_path = Path(country_converter.__file__).with_name("country_data.tsv")
    # keep_default_na=False: "NA" is Namibia's alpha-2 code, not a missing value.
    return pd.read_csv(table_path, sep="\t", keep_default_na=False, na_values=[""])


def skeleton_entries(table: pd.DataFrame) -> list[dict]:
    """Build skeleton entries (id, name, status) for UN members, observers and de-facto states.

    Parameters
    ----------
    table : DataFrame
        country_converter's table with at least ``ISO3``, ``name_short`` and ``UNmember``.

    Returns
    -------
    list of dict
        Entries sorted by status (members, observers, de-facto) then by id.
    """
    members = table[table["UNmember"].notna()]
    entries = []
    for iso3, name in sorted(zip(members["ISO3"], members["name_short"])):
        if pycountry.countries.get(alpha_3=iso3) is None:
            raise ValueError(f"UN member {name!r} has alpha-3 {iso3!r} unknown to pycountry")
        entries.append({"id": iso3, "name": name, "status": "un_member"})
    if len(entries) != 193:
        raise ValueError(f"expected 193 UN members in country_converter, found {len(entries)}")
    for iso3, name in sorted(UN_OBSERVER_STATES.items()):
        entries.append({"id": iso3, "name": name, "status": "un_observer"})
    for code, name in sorted(DE_FACTO_STATES.items()):
        entries.append({"id": code, "name": name, "status": "de_facto"})
    return entries


def merge_with_existing(skeleton: list[dict], existing: list[dict]) -> tuple[list[dict], list[str]]:
    """Keep hand-written entries, add missing skeletons; return merged list and stale ids."""
    existing_by_id = {entry["id"]: entry for entry in existing}
    merged = [existing_by_id.get(entry["id"], entry) for entry in skeleton]
    skeleton_ids = {entry["id"] for entry in skeleton}
    stale = sorted(set(existing_by_id) - skeleton_ids)
    return merged, stale


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--merge", type=Path, help="existing countries.yaml to complete")
    args = parser.parse_args(argv)
    skeleton = skeleton_entries(read_country_converter_table())
    if args.merge is None:
        yaml.safe_dump(skeleton, sys.stdout, allow_unicode=True, sort_keys=False)
        return 0
    existing = yaml.safe_load(args.merge.read_text(encoding="utf-8")) or []
    merged, stale = merge_with_existing(skeleton, existing)
    existing_ids = {entry["id"] for entry in existing}
    added = sum(entry["id"] not in existing_ids for entry in merged)
    print(f"{len(merged)} entries, {added} skeletons to complete by hand", file=sys.stderr)
    if stale:
        print(f"entries not backed by reference data: {', '.join(stale)}", file=sys.stderr)
    yaml.safe_dump(merged, sys.stdout, allow_unicode=True, sort_keys=False)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
