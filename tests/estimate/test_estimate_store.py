"""From CSV lists to an estimate through the store: import under custody, link, review,
estimate with linkage sensitivity — on SQLite and PostgreSQL."""

from __future__ import annotations

import json

import pandas as pd
import pytest
from click.testing import CliRunner

from factfinder.cli import cli
from factfinder.errors import InvalidInput
from tests.estimate.conftest import estimation_data_dir


@pytest.fixture
def three_lists(tmp_path):
    """splink's fake_1000 (ground truth in `cluster`) dealt into three overlapping lists."""
    people = pd.read_csv(estimation_data_dir() / "linkage" / "splink" / "fake_1000.csv", dtype=str,
                         keep_default_na=False)
    paths = []
    for k, name in enumerate(("church", "commune", "ngo")):
        part = people[people.index % 3 == k]
        path = tmp_path / f"{name}.csv"
        part.rename(columns={"unique_id": "ID", "first_name": "PRENOM", "surname": "NOM"}).to_csv(path, index=False)
        paths.append(path)
    return paths, people


def test_lists_import_keeps_the_file_under_custody_and_logs_no_record(wb, three_lists):
    from factfinder.estimate.lists import import_list, list_summaries

    paths, people = three_lists
    result = import_list(wb, paths[0], None, {"PRENOM": "given_name", "NOM": "family_name", "dob": "birth_date",
                                              "city": "death_place"}, "ID")
    assert result["name"] == "church" and result["records"] == len(people[people.index % 3 == 0])
    assert wb.objects.path_for(result["source_id"]).read_bytes() == paths[0].read_bytes()
    assert list_summaries(wb)[0]["records"] == result["records"]
    entries = wb.custody_log()
    assert [e["action"] for e in entries] == ["ingest", "import"]
    logged = json.dumps(entries)
    first = people.iloc[0]
    assert first["first_name"] not in logged and first["surname"] not in logged
    assert wb.verify().ok
    with pytest.raises(InvalidInput) as excinfo:
        import_list(wb, paths[0], "again", {"PRENOM": "given_name"}, "ID")
    assert "[E403]" in str(excinfo.value)
    with pytest.raises(InvalidInput) as excinfo:
        import_list(wb, paths[1], None, {"PRENOM": "forename"}, "ID")
    assert "forename" in str(excinfo.value)


def test_three_commands_from_csv_lists_to_an_estimate(wb, three_lists, store_url, home, tmp_path):
    paths, people = three_lists
    base = ["--db", store_url, "--data-dir", str(home)]
    runner = CliRunner()
    result = runner.invoke(cli, [*base, "lists", "import", *map(str, paths), "--map", "PRENOM=given_name",
                                 "--map", "NOM=family_name", "--map", "dob=birth_date", "--map", "city=death_place",
                                 "--id-column", "ID"])
    assert result.exit_code == 0, result.output

    result = runner.invoke(cli, [*base, "link", "--json"])
    assert result.exit_code == 0, result.output
    linked = json.loads(result.stdout)
    truth = dict(zip(people["unique_id"], people["cluster"]))
    true_pairs = predicted_pairs = both = 0
    for cluster in linked["clusters"]:
        ids = [r["record_id"] for r in cluster["records"]]
        for i in range(len(ids)):
            for j in range(i + 1, len(ids)):
                predicted_pairs += 1
                both += truth[ids[i]] == truth[ids[j]]
    sizes = people.groupby("cluster").size()
    true_pairs = int((sizes * (sizes - 1) // 2).sum())
    precision, recall = both / predicted_pairs, both / true_pairs
    # fake_1000 is heavily corrupted and emails are not a linkage field: recall 0.52 at p >= 0.9.
    assert precision > 0.95 and recall > 0.45, (precision, recall)
    assert set(linked["summary"]) >= {"0.5", "0.9", "0.99"}

    plot = tmp_path / "estimate.png"
    result = runner.invoke(cli, [*base, "estimate", "--method", "loglinear", "--seed", "3", "--bootstrap", "100",
                                 "--json", "--plot", str(plot)])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    loglinear = report["methods"]["loglinear"]
    assert report["observed"] == linked["summary"]["0.9"]["people"]
    assert report["observed"] <= loglinear["lower"] <= loglinear["estimate"] <= loglinear["upper"]
    assert loglinear["models"], "the models behind the number must be shown"
    assert {row["threshold"] for row in report["linkage_sensitivity"]} == {0.5, 0.8, 0.95, 0.99}
    assert plot.stat().st_size > 10_000
    actions = [e["action"] for e in wb.custody_log()]
    assert actions.count("import") == 3 and "link" in actions and actions[-1] == "estimate"


def test_review_decisions_feed_the_next_linkage(wb, three_lists):
    from factfinder.estimate import workflow
    from factfinder.estimate.lists import import_list

    paths, _ = three_lists
    for path in paths:
        import_list(wb, path, None, {"PRENOM": "given_name", "NOM": "family_name", "dob": "birth_date"}, "ID")
    first = workflow.link_lists(wb)
    pairs = workflow.review_pairs(wb)
    assert len(pairs) == first["review_queue"] > 0
    workflow.decide_pair(wb, pairs[0]["pair"], "match")
    second = workflow.link_lists(wb)
    assert second["run"] == first["run"] + 1
    assert wb.custody_log()[-1]["action"] == "link"
    with wb.db.read() as session:
        from factfinder.store.schema import LinkageRun

        assert session.get(LinkageRun, second["run"]).settings["labelled_pairs"] == 1


def test_estimate_from_a_published_histories_table(wb, store_url, home):
    path = estimation_data_dir() / "uk_modern_slavery_2013_6list.csv"
    result = CliRunner().invoke(cli, ["--db", store_url, "--data-dir", str(home), "estimate", "--histories",
                                      str(path), "--method", "loglinear", "--seed", "1", "--bootstrap", "100",
                                      "--json"])
    report = json.loads(result.stdout)
    assert report["observed"] == 2744
    assert 10_000 <= report["methods"]["loglinear"]["estimate"] <= 13_000
