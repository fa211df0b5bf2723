from helpers.core.memory import release_freed_memory


def test_release_freed_memory_runs_and_keeps_live_objects():
    kept = [str(i) for i in range(1000)]
    garbage = [str(i) * 10 for i in range(100_000)]
    del garbage
    release_freed_memory()
    assert kept[999] == "999"
