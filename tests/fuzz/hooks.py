"""Schemathesis hooks for the feedback service's fuzzing (scripts/fuzz-api.sh).

One refusal of a schema-valid request is stated by the document but cannot be expressed in the
schema: `POST /api/feedback` takes only topics the published data names, so its topic is a
plain string in the schema and any other id is refused with 400 `topic: unknown`. The
configuration lets 400 through the built-in `positive_data_acceptance` check for that operation
alone, and this check makes sure such a 400 is for exactly that reason and no other.
"""

import os

import schemathesis


@schemathesis.check
def refused_only_for_an_unknown_topic(ctx, response, case):
    if case.operation.label != "POST /api/feedback" or response.status_code != 400:
        return None
    meta = case.meta
    if meta is None or not meta.generation.mode.is_positive:
        return None
    body = response.json()
    fields = [(f["field"], f["code"]) for f in body.get("fields", [])]
    if body.get("error") != "validation" or fields != [("topic", "unknown")]:
        raise AssertionError(
            f"a schema-valid submission was refused for a reason the document does not state: {body}"
        )
    return None


@schemathesis.check
def the_moderator_token_is_accepted(ctx, response, case):
    """A request that carries the run's valid token is never refused as unauthorised."""
    sent = response.request.headers.get("Authorization", "")
    if response.status_code == 401 and sent == f"Bearer {os.environ['FUZZ_TOKEN']}":
        raise AssertionError("a request with the run's valid moderator token was refused with 401")
    return None
