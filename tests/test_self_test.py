"""`networkjournal --self-test` says what it checked and exits 0, or names the failing step."""

from networkjournal import self_test
from networkjournal.cli import main


def test_the_self_test_runs_every_step_and_passes(qapp, capsys):
    assert main(["--self-test"]) == 0
    out = capsys.readouterr().out.splitlines()
    steps = [line.split(":")[0].strip() for line in out if line.startswith("  ok  ")]
    assert steps == ["ok  migrations", "ok  import", "ok  chart", "ok  export", "ok  Qt"]
    assert "Connections.csv (linkedin): 10 added" in "\n".join(out)
    assert "contacts.csv, 10 contacts" in "\n".join(out)
    assert out[-1].startswith("self-test passed in ")


def test_a_failing_step_is_one_line_and_exit_1(tmp_path, monkeypatch, capsys):
    broken = tmp_path / "Connections.csv"
    broken.write_bytes(b"\x00\x01 not a contacts file")
    monkeypatch.setattr(self_test, "_sample_file", lambda: broken)
    assert main(["--self-test"]) == 1
    captured = capsys.readouterr()
    assert "ok  migrations" in captured.out
    (line,) = captured.err.splitlines()
    assert line.startswith("networkjournal: error: self-test failed at import: ")
