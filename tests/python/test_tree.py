"""Walking provision trees. Expected values are the words of the seed texts."""

from __future__ import annotations

import quyche


def test_point_of_the_circular(rules: quyche.RuleSet) -> None:
    inst = rules.instrument("22/2016/TT-BTTTT")
    assert inst.id == "vn/22-2016-tt-btttt"
    p = inst.provision("Điểm b khoản 3 Điều 10")
    assert p.eid == "art_10__para_3__point_b"
    assert p.kind == "point"
    assert p.num == "b"
    assert p.citation == "Điểm b khoản 3 Điều 10"
    assert p.text == (
        "Hướng dẫn các cơ quan chuyên môn thuộc Ủy ban nhân dân cấp tỉnh; Ủy ban nhân dân cấp huyện, "
        "bố trí cán bộ phụ trách công tác thông tin đối ngoại;"
    )
    assert p.children == []


def test_same_node_by_eid_and_by_citation_without_diacritics(rules: quyche.RuleSet) -> None:
    inst = rules.instrument("vn/22-2016-tt-btttt")
    assert inst.provision("art_10__para_3__point_b") == inst.provision("diem b khoan 3 dieu 10")


def test_article_of_the_attached_regulation(rules: quyche.RuleSet) -> None:
    inst = rules.instrument("tra-vinh/21-2017-qd-ubnd")
    art = inst.provision("Điều 20")
    assert art.eid == "att_1__art_20"
    assert art.heading == "Chế độ báo cáo và cung cấp thông tin"
    # Provisions of the attached Quy định say so in their citation.
    tv = "Quy định ban hành kèm theo Quyết định số 21/2017/QĐ-UBND"
    assert [c.citation for c in art.children] == [f"Khoản 1 Điều 20 {tv}", f"Khoản 2 Điều 20 {tv}"]
    clause = art.children[1]
    assert clause.eid == "att_1__art_20__para_2"
    assert clause.text.startswith("Các sở, ban, ngành tỉnh, Ủy ban nhân dân cấp huyện gửi báo cáo định kỳ")
    assert "Báo cáo 6 tháng đầu năm gửi trước ngày 20/6; báo cáo năm gửi trước ngày 20/12" in clause.text
    assert clause in art.walk()
    assert clause.to_dict()["eid"] == "att_1__art_20__para_2"


def test_attachments_hold_the_regulation(rules: quyche.RuleSet) -> None:
    inst = rules.instrument("tra-vinh/21-2017-qd-ubnd")
    assert [a.eid for a in inst.attachments] == ["att_1"]
    att = inst.attachments[0]
    assert att.kind == "Quy định"
    eids = {p.eid for top in att.body for p in top.walk()}
    assert "att_1__art_20__para_2" in eids
    # The instrument's walk covers the body and the attachment.
    assert eids <= {p.eid for p in inst.walk()}


def test_metadata_fields_are_typed(rules: quyche.RuleSet) -> None:
    import datetime

    inst = rules.instrument("38/2018/QĐ-UBND")
    assert inst.jurisdiction == "quang-ninh"
    assert inst.kind == "quyet_dinh"
    assert inst.signed_on == datetime.date(2018, 11, 22)
    assert inst.effective_from == datetime.date(2018, 12, 1)
    draft = rules.instrument("soc-trang/du-thao-2019")
    assert draft.number is None
    assert draft.status == "draft"
    assert draft.signed_on is None


def test_import_text_returns_the_tree_and_diagnostics() -> None:
    text = "QUYẾT ĐỊNH\n\nĐiều 1. Phạm vi\n\n1. Khoản một.\n\na) Điểm a.\n\n2. Khoản hai.\n\nĐiều 2. Hiệu lực\n\nQuyết định này có hiệu lực.\n"
    inst = quyche.import_text(text)
    art1 = inst.provision("Điều 1")
    assert [c.eid for c in art1.children] == ["art_1__para_1", "art_1__para_2"]
    assert inst.provision("Điểm a khoản 1 Điều 1").text == "Điểm a."
    assert isinstance(inst.diagnostics, list)
    assert inst == quyche.import_bytes(text.encode("utf-8"))
