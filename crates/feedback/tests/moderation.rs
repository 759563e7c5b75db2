//! The moderators' API and the public side of the loop, on SQLite and on PostgreSQL, every
//! response checked against openapi.yaml: the list with its filters and pages, one item,
//! versioned changes (two moderators at once: one wins, the other gets 409 and nothing is
//! overwritten), answers, publication only with the sender's opt-in, the public counts and
//! published answers (nothing personal), the audit trail (who, what, when; no personal data),
//! and erasure with published copies.

mod support;

use axum::http::{Method, StatusCode};
use serde_json::{json, Value};
use support::{on_both_databases, submission, Db, Service};

on_both_databases!(
    the_list_filters_and_pages_newest_first,
    a_change_names_the_version_it_was_made_on,
    two_moderators_at_once_one_wins_and_nothing_is_overwritten,
    a_selection_changes_where_the_version_still_holds,
    publication_needs_the_opt_in_an_answer_and_a_moderator,
    the_public_sees_counts_and_published_answers_only,
    the_audit_trail_says_who_did_what_without_personal_data,
    erasure_takes_published_copies_with_it,
    bad_parameters_and_bodies_are_refused_by_name,
);

/// A submission that opted in to publication, with a name and an email.
fn opted_in(topic: &str, message: &str, email: &str) -> Value {
    let mut body = submission(topic, message);
    body["publish_consent"] = json!(true);
    body["name"] = json!("Leyla Məmmədova");
    body["email"] = json!(email);
    body
}

async fn the_list_filters_and_pages_newest_first(db: Db) {
    let service = Service::new(db).await;
    let token = service.token("aysel").await;
    let mut ids = Vec::new();
    for (topic, message, language) in [
        ("8.1.1.1", "Süni intellekt haqqında", "az"),
        ("8.2.1.1", "About open data", "en"),
        ("8.1.1.1", "Rəqəmsal bacarıqlar", "az"),
    ] {
        let mut body = submission(topic, message);
        body["language"] = json!(language);
        ids.push(service.submit(&body).await);
    }
    let list = |query: &'static str| {
        let service = &service;
        let token = token.clone();
        async move {
            let answer = service
                .call(
                    Method::GET,
                    &format!("/api/admin/feedback{query}"),
                    None,
                    Some(&token),
                )
                .await;
            assert_eq!(answer.status, StatusCode::OK, "{query}: {}", answer.text);
            answer.json.unwrap()
        }
    };
    let page = list("").await;
    let listed: Vec<i64> = page["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["id"].as_i64().unwrap())
        .collect();
    assert_eq!(listed, [ids[2], ids[1], ids[0]], "newest first");
    assert_eq!(page["total"], 3);
    assert_eq!(
        (page["page"].as_u64(), page["per_page"].as_u64()),
        (Some(1), Some(50))
    );
    let second = list("?per_page=2&page_number=2").await;
    assert_eq!(second["items"].as_array().unwrap().len(), 1);
    assert_eq!(second["items"][0]["id"].as_i64(), Some(ids[0]));
    assert_eq!(second["total"], 3);
    assert_eq!(list("?topic=8.1.1.1").await["total"], 2);
    assert_eq!(list("?language=en").await["total"], 1);
    // The search folds case and Azerbaijani letters, as the site's search does.
    assert_eq!(list("?q=SUNI").await["total"], 1);
    assert_eq!(list("?q=r%C9%99q%C9%99msal").await["total"], 1);
    assert_eq!(list("?q=%25").await["total"], 0, "a % is a percent sign");
    assert_eq!(list("?status=read").await["total"], 0);
    let today = feedback::clock::rfc3339(feedback::clock::now())[..10].to_string();
    let dated = service
        .call(
            Method::GET,
            &format!("/api/admin/feedback?from={today}&to={today}"),
            None,
            Some(&token),
        )
        .await;
    assert_eq!(dated.json.unwrap()["total"], 3);
    assert_eq!(list("?to=2020-01-01").await["total"], 0);
    let one = service
        .call(
            Method::GET,
            &format!("/api/admin/feedback/{}", ids[1]),
            None,
            Some(&token),
        )
        .await;
    assert_eq!(one.status, StatusCode::OK);
    let item = one.json.unwrap();
    assert_eq!(item["message"], "About open data");
    assert_eq!(item["version"], 1);
    assert_eq!(item["publish_consent"], false);
    assert_eq!(item["publication"], Value::Null);
    for missing in ["999999", "abc", "0", "-1"] {
        let answer = service
            .call(
                Method::GET,
                &format!("/api/admin/feedback/{missing}"),
                None,
                Some(&token),
            )
            .await;
        assert_eq!(answer.status, StatusCode::NOT_FOUND, "{missing}");
    }
    let me = service
        .call(Method::GET, "/api/admin/me", None, Some(&token))
        .await;
    assert_eq!(
        me.json.unwrap(),
        json!({ "name": "aysel", "expires_at": null })
    );
    let nobody = service
        .call(Method::GET, "/api/admin/feedback", None, None)
        .await;
    assert_eq!(nobody.status, StatusCode::UNAUTHORIZED);
}

async fn a_change_names_the_version_it_was_made_on(db: Db) {
    let service = Service::new(db).await;
    let token = service.token("aysel").await;
    let id = service.submit(&submission("8.1.1.1", "Salam")).await;
    let path = format!("/api/admin/feedback/{id}/status");
    let changed = service
        .call(
            Method::PUT,
            &path,
            Some(&json!({ "status": "read", "version": 1 })),
            Some(&token),
        )
        .await;
    assert_eq!(changed.status, StatusCode::OK, "{}", changed.text);
    let item = changed.json.unwrap();
    assert_eq!(
        (item["status"].as_str(), item["version"].as_i64()),
        (Some("read"), Some(2))
    );
    let stale = service
        .call(
            Method::PUT,
            &path,
            Some(&json!({ "status": "spam", "version": 1 })),
            Some(&token),
        )
        .await;
    assert_eq!(stale.status, StatusCode::CONFLICT);
    assert_eq!(stale.json.unwrap()["error"], "edit_conflict");
    let answer = service
        .call(
            Method::PUT,
            &format!("/api/admin/feedback/{id}/answer"),
            Some(&json!({ "answer": "  Platforma 2027-ci ildə işə düşəcək. ", "version": 2 })),
            Some(&token),
        )
        .await;
    assert_eq!(answer.status, StatusCode::OK, "{}", answer.text);
    let item = answer.json.unwrap();
    assert_eq!(item["answer"], "Platforma 2027-ci ildə işə düşəcək.");
    assert_eq!(item["status"], "read", "the status is left as it was");
    let removed = service
        .call(
            Method::PUT,
            &format!("/api/admin/feedback/{id}/answer"),
            Some(&json!({ "answer": " ", "version": 3 })),
            Some(&token),
        )
        .await;
    assert_eq!(removed.json.unwrap()["answer"], Value::Null);
    let gone = service
        .call(
            Method::PUT,
            "/api/admin/feedback/999999/status",
            Some(&json!({ "status": "read", "version": 1 })),
            Some(&token),
        )
        .await;
    assert_eq!(gone.status, StatusCode::NOT_FOUND);
    // The command line changes the status on whatever version the item is at.
    let item = service
        .state
        .store
        .set_status_now(
            "command line",
            id,
            model::feedback::ModerationStatus::Answered,
        )
        .await
        .unwrap();
    assert_eq!(item.version, 5);
}

async fn two_moderators_at_once_one_wins_and_nothing_is_overwritten(db: Db) {
    let service = Service::new(db).await;
    let aysel = service.token("aysel").await;
    let rauf = service.token("rauf").await;
    for round in 0..5 {
        let id = service
            .submit(&submission("8.1.1.1", &format!("Sual {round}")))
            .await;
        let path = format!("/api/admin/feedback/{id}/answer");
        let body = |who: &str| json!({ "answer": format!("{who}: cavab"), "version": 1 });
        let (from_aysel, from_rauf) = (body("aysel"), body("rauf"));
        let (a, b) = tokio::join!(
            service.call(Method::PUT, &path, Some(&from_aysel), Some(&aysel)),
            service.call(Method::PUT, &path, Some(&from_rauf), Some(&rauf)),
        );
        let mut statuses = [a.status, b.status];
        statuses.sort();
        assert_eq!(
            statuses,
            [StatusCode::OK, StatusCode::CONFLICT],
            "round {round}"
        );
        let winner = if a.status == StatusCode::OK {
            "aysel"
        } else {
            "rauf"
        };
        let stored = service.state.store.item(id).await.unwrap().unwrap();
        assert_eq!(
            stored.answer.as_deref(),
            Some(format!("{winner}: cavab").as_str())
        );
        assert_eq!(stored.version, 2);
        let trail = service.state.store.audit_trail(Some(id)).await.unwrap();
        assert_eq!(trail.len(), 1, "only the change made is recorded");
        assert_eq!(trail[0].moderator, winner);
    }
}

async fn a_selection_changes_where_the_version_still_holds(db: Db) {
    let service = Service::new(db).await;
    let token = service.token("aysel").await;
    let a = service.submit(&submission("8.1.1.1", "bir")).await;
    let b = service.submit(&submission("8.1.1.1", "iki")).await;
    service
        .state
        .store
        .set_status_now("rauf", b, model::feedback::ModerationStatus::Read)
        .await
        .unwrap();
    let body = json!({
        "status": "answered",
        "items": [{ "id": a, "version": 1 }, { "id": b, "version": 1 }, { "id": 999999, "version": 1 }],
    });
    let answer = service
        .call(
            Method::POST,
            "/api/admin/feedback/status",
            Some(&body),
            Some(&token),
        )
        .await;
    assert_eq!(answer.status, StatusCode::OK, "{}", answer.text);
    assert_eq!(
        answer.json.unwrap(),
        json!({ "changed": [{ "id": a, "version": 2 }], "conflicts": [b, 999999] })
    );
    let stored = service.state.store.item(b).await.unwrap().unwrap();
    assert_eq!(
        stored.status,
        model::feedback::ModerationStatus::Read,
        "left as it was"
    );
    let empty = service
        .call(
            Method::POST,
            "/api/admin/feedback/status",
            Some(&json!({ "status": "read", "items": [] })),
            Some(&token),
        )
        .await;
    assert_eq!(
        empty.field_errors(),
        [("items".to_string(), "required".to_string())]
    );
}

async fn publication_needs_the_opt_in_an_answer_and_a_moderator(db: Db) {
    let service = Service::new(db).await;
    let token = service.token("aysel").await;
    let private = service.submit(&submission("8.1.1.1", "Şəxsi sual")).await;
    let public = service
        .submit(&opted_in(
            "8.1.1.1",
            "Leyla: nə vaxt? leyla@example.az",
            "leyla@example.az",
        ))
        .await;
    let publish = |id: i64, version: i64, question: Value| {
        let service = &service;
        let token = token.clone();
        async move {
            service
                .call(
                    Method::PUT,
                    &format!("/api/admin/feedback/{id}/publication"),
                    Some(&json!({ "question": question, "version": version })),
                    Some(&token),
                )
                .await
        }
    };
    let unanswered = publish(public, 1, json!("Nə vaxt?")).await;
    assert_eq!(unanswered.status, StatusCode::CONFLICT);
    assert_eq!(unanswered.json.unwrap()["error"], "not_publishable");
    for id in [private, public] {
        let answered = service
            .call(
                Method::PUT,
                &format!("/api/admin/feedback/{id}/answer"),
                Some(&json!({ "answer": "2027-ci ildə.", "version": 1 })),
                Some(&token),
            )
            .await;
        assert_eq!(answered.status, StatusCode::OK);
    }
    let no_opt_in = publish(private, 2, json!(null)).await;
    assert_eq!(no_opt_in.json.unwrap()["error"], "not_publishable");
    let published = publish(public, 2, json!("Platforma nə vaxt işə düşəcək?")).await;
    assert_eq!(published.status, StatusCode::OK, "{}", published.text);
    let item = published.json.unwrap();
    assert_eq!(item["version"], 3);
    assert_eq!(
        item["message"], "Leyla: nə vaxt? leyla@example.az",
        "the original is kept"
    );
    assert_eq!(
        item["publication"]["question"],
        "Platforma nə vaxt işə düşəcək?"
    );
    assert_eq!(item["publication"]["answer"], "2027-ci ildə.");
    let shown = service
        .get("/api/feedback/published?topic=8.1.1.1", None)
        .await;
    assert_eq!(shown.json.unwrap()["items"].as_array().unwrap().len(), 1);
    let stale = service
        .call(
            Method::DELETE,
            &format!("/api/admin/feedback/{public}/publication?version=2"),
            None,
            Some(&token),
        )
        .await;
    assert_eq!(stale.status, StatusCode::CONFLICT);
    let down = service
        .call(
            Method::DELETE,
            &format!("/api/admin/feedback/{public}/publication?version=3"),
            None,
            Some(&token),
        )
        .await;
    assert_eq!(down.status, StatusCode::OK, "{}", down.text);
    assert_eq!(down.json.unwrap()["publication"], Value::Null);
    let shown = service
        .get("/api/feedback/published?topic=8.1.1.1", None)
        .await;
    assert_eq!(shown.json.unwrap()["items"], json!([]));
    let again = service
        .call(
            Method::DELETE,
            &format!("/api/admin/feedback/{public}/publication?version=4"),
            None,
            Some(&token),
        )
        .await;
    assert_eq!(
        again.status,
        StatusCode::OK,
        "nothing published: answered as it is"
    );
    assert_eq!(again.json.unwrap()["version"], 4);
}

async fn the_public_sees_counts_and_published_answers_only(db: Db) {
    let service = Service::new(db).await;
    let token = service.token("aysel").await;
    let mut spam = submission("8.1.1.1", "buy now");
    spam["website"] = json!("https://spam.example");
    service.submit(&spam).await;
    service.submit(&submission("8.1.1.1", "bir")).await;
    service.submit(&submission("4.1.5", "iki")).await;
    let id = service
        .submit(&opted_in("8.1.1.1", "Leyla soruşur", "leyla@example.az"))
        .await;
    let answer = service
        .call(
            Method::PUT,
            &format!("/api/admin/feedback/{id}/answer"),
            Some(&json!({ "answer": "Cavabımız", "version": 1 })),
            Some(&token),
        )
        .await;
    assert_eq!(answer.status, StatusCode::OK);
    service
        .state
        .store
        .set_status_now("aysel", id, model::feedback::ModerationStatus::Answered)
        .await
        .unwrap();
    let summary = service.get("/api/feedback/summary", None).await;
    assert_eq!(summary.status, StatusCode::OK);
    assert_eq!(summary.headers["cache-control"], "public, max-age=300");
    assert_eq!(
        summary.json.unwrap(),
        json!({ "topics": [
            { "topic": "4.1.5", "received": 1, "answered": 0 },
            { "topic": "8.1.1.1", "received": 2, "answered": 1 },
        ] }),
        "spam is not counted"
    );
    let nothing = service
        .get("/api/feedback/published?topic=8.1.1.1", None)
        .await;
    assert_eq!(
        nothing.json.unwrap()["items"],
        json!([]),
        "answered is not published"
    );
    let published = service
        .call(
            Method::PUT,
            &format!("/api/admin/feedback/{id}/publication"),
            Some(&json!({ "question": null, "version": 3 })),
            Some(&token),
        )
        .await;
    assert_eq!(published.status, StatusCode::OK, "{}", published.text);
    let shown = service
        .get("/api/feedback/published?topic=8.1.1.1", None)
        .await;
    assert_eq!(shown.headers["cache-control"], "public, max-age=60");
    let today = feedback::clock::rfc3339(feedback::clock::now())[..10].to_string();
    assert_eq!(
        shown.json.unwrap(),
        json!({ "items": [{
            "topic": "8.1.1.1", "lang": "az", "asked_on": today, "question": null,
            "answer": "Cavabımız", "answered_on": today,
        }] })
    );
    assert!(
        !shown.text.contains("Leyla"),
        "no name, no email, no message: {}",
        shown.text
    );
    let other = service
        .get("/api/feedback/published?topic=4.1.5", None)
        .await;
    assert_eq!(other.json.unwrap()["items"], json!([]));
    let missing = service.get("/api/feedback/published", None).await;
    assert_eq!(
        missing.field_errors(),
        [("topic".to_string(), "required".to_string())]
    );
}

async fn the_audit_trail_says_who_did_what_without_personal_data(db: Db) {
    let service = Service::new(db).await;
    let aysel = service.token("aysel").await;
    let rauf = service.token("rauf").await;
    let id = service
        .submit(&opted_in("8.1.1.1", "GİZLİ-MƏTN", "gizli@example.az"))
        .await;
    let calls: [(&str, Method, String, Option<Value>); 5] = [
        (
            &aysel,
            Method::PUT,
            format!("/api/admin/feedback/{id}/status"),
            Some(json!({ "status": "read", "version": 1 })),
        ),
        (
            &rauf,
            Method::PUT,
            format!("/api/admin/feedback/{id}/answer"),
            Some(json!({ "answer": "GİZLİ-CAVAB", "version": 2 })),
        ),
        (
            &rauf,
            Method::PUT,
            format!("/api/admin/feedback/{id}/publication"),
            Some(json!({ "question": "GİZLİ-SUAL", "version": 3 })),
        ),
        (
            &aysel,
            Method::DELETE,
            format!("/api/admin/feedback/{id}/publication?version=4"),
            None,
        ),
        (
            &aysel,
            Method::GET,
            "/api/admin/export?format=csv&q=gizli%40example.az".to_string(),
            None,
        ),
    ];
    for (token, method, path, body) in calls {
        let answer = service
            .call(method, &path, body.as_ref(), Some(token))
            .await;
        assert_eq!(answer.status, StatusCode::OK, "{path}: {}", answer.text);
    }
    let trail = service
        .call(
            Method::GET,
            &format!("/api/admin/audit?item={id}"),
            None,
            Some(&aysel),
        )
        .await;
    let entries = trail.json.unwrap()["entries"].as_array().unwrap().clone();
    let seen: Vec<(String, String, String)> = entries
        .iter()
        .map(|e| {
            (
                e["moderator"].as_str().unwrap().to_string(),
                e["action"].as_str().unwrap().to_string(),
                e["detail"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let expected = [
        ("aysel", "unpublish", "publication taken down"),
        ("rauf", "publish", "answer and redacted question published"),
        ("rauf", "answer", "answer written (11 characters)"),
        ("aysel", "set_status", "new → read"),
    ];
    let expected: Vec<(String, String, String)> = expected
        .iter()
        .map(|(a, b, c)| (a.to_string(), b.to_string(), c.to_string()))
        .collect();
    assert_eq!(seen, expected, "newest first");
    let everything = service
        .call(Method::GET, "/api/admin/audit", None, Some(&rauf))
        .await;
    let text = everything.text;
    assert!(text.contains("\"action\":\"export\""), "{text}");
    assert!(text.contains("csv, 1 items"), "{text}");
    for secret in ["GİZLİ", "gizli", "example.az"] {
        assert!(
            !text.contains(secret),
            "the trail holds no personal data: {text}"
        );
    }
}

async fn erasure_takes_published_copies_with_it(db: Db) {
    let service = Service::new(db).await;
    let token = service.token("aysel").await;
    let id = service
        .submit(&opted_in("8.1.1.1", "Mənim sualım", "Leyla@Example.az"))
        .await;
    service
        .submit(&opted_in("8.2.1.1", "İkinci sual", "leyla@example.az"))
        .await;
    let keep = service.submit(&submission("8.1.1.1", "Başqası")).await;
    for (path, body) in [
        (
            format!("/api/admin/feedback/{id}/answer"),
            json!({ "answer": "Cavab", "version": 1 }),
        ),
        (
            format!("/api/admin/feedback/{id}/publication"),
            json!({ "question": "Sual", "version": 2 }),
        ),
    ] {
        let answer = service
            .call(Method::PUT, &path, Some(&body), Some(&token))
            .await;
        assert_eq!(answer.status, StatusCode::OK, "{}", answer.text);
    }
    let shown = service
        .get("/api/feedback/published?topic=8.1.1.1", None)
        .await;
    assert_eq!(shown.json.unwrap()["items"].as_array().unwrap().len(), 1);
    let erased = service
        .call(
            Method::POST,
            "/api/admin/erase",
            Some(&json!({ "email": " leyla@EXAMPLE.az " })),
            Some(&token),
        )
        .await;
    assert_eq!(erased.json.unwrap(), json!({ "deleted": 2 }));
    let shown = service
        .get("/api/feedback/published?topic=8.1.1.1", None)
        .await;
    assert_eq!(
        shown.json.unwrap()["items"],
        json!([]),
        "the published copy is gone"
    );
    assert!(service.state.store.item(keep).await.unwrap().is_some());
    let trail = service.state.store.audit_trail(None).await.unwrap();
    assert_eq!(trail[0].moderator, "aysel");
    assert_eq!(trail[0].detail, "2 submissions erased, 1 of them published");
    assert_eq!(trail[0].item, None);
}

async fn bad_parameters_and_bodies_are_refused_by_name(db: Db) {
    let service = Service::new(db).await;
    let token = service.token("aysel").await;
    let id = service.submit(&submission("8.1.1.1", "Salam")).await;
    for (query, field) in [
        ("?to=", "to"),
        ("?topic=", "topic"),
        ("?q=", "q"),
        ("?status=", "status"),
        ("?status=archived", "status"),
        ("?from=yesterday", "from"),
        ("?per_page=201", "per_page"),
        ("?page_number=0", "page_number"),
        ("?language=ru", "language"),
    ] {
        let answer = service
            .call(
                Method::GET,
                &format!("/api/admin/feedback{query}"),
                None,
                Some(&token),
            )
            .await;
        assert_eq!(answer.status, StatusCode::BAD_REQUEST, "{query}");
        assert_eq!(answer.field_errors()[0].0, field, "{query}");
        let export = service
            .call(
                Method::GET,
                &format!("/api/admin/export{query}"),
                None,
                Some(&token),
            )
            .await;
        let expected = if field.contains("page") {
            StatusCode::OK
        } else {
            StatusCode::BAD_REQUEST
        };
        assert_eq!(export.status, expected, "export{query}");
    }
    let audit = service
        .call(Method::GET, "/api/admin/audit?item=x", None, Some(&token))
        .await;
    assert_eq!(
        audit.field_errors(),
        [("item".to_string(), "invalid".to_string())]
    );
    let path = format!("/api/admin/feedback/{id}/status");
    for (body, expected) in [
        (json!({ "status": "read", "version": 0 }), "validation"),
        (json!({ "status": "archived", "version": 1 }), "malformed"),
        (json!({ "status": "read" }), "malformed"),
        (
            json!({ "status": "read", "version": 1, "extra": 1 }),
            "malformed",
        ),
    ] {
        let answer = service
            .call(Method::PUT, &path, Some(&body), Some(&token))
            .await;
        assert_eq!(answer.status, StatusCode::BAD_REQUEST, "{body}");
        assert_eq!(answer.json.unwrap()["error"], expected, "{body}");
    }
    let long = service
        .call(
            Method::PUT,
            &format!("/api/admin/feedback/{id}/answer"),
            Some(&json!({ "answer": "ə".repeat(5001), "version": 1 })),
            Some(&token),
        )
        .await;
    assert_eq!(
        long.field_errors(),
        [("answer".to_string(), "too_long".to_string())]
    );
    let unpublish = service
        .call(
            Method::DELETE,
            &format!("/api/admin/feedback/{id}/publication"),
            None,
            Some(&token),
        )
        .await;
    assert_eq!(
        unpublish.field_errors(),
        [("version".to_string(), "required".to_string())]
    );
    let erase = service
        .call(
            Method::POST,
            "/api/admin/erase",
            Some(&json!({ "email": "leyla" })),
            Some(&token),
        )
        .await;
    assert_eq!(
        erase.field_errors(),
        [("email".to_string(), "invalid".to_string())]
    );
    assert_eq!(
        service.state.store.item(id).await.unwrap().unwrap().version,
        1,
        "nothing changed"
    );
}
