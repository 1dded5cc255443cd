"""The etr-java kernel starts and evaluates an expression."""


def test_one_plus_one(kernel, run):
    reply, outputs = run(kernel, "1 + 1")
    assert reply["status"] == "ok", reply
    results = [content for msg_type, content in outputs if msg_type == "execute_result"]
    assert len(results) == 1, outputs
    assert results[0]["data"]["text/plain"] == "2"
