#!/usr/bin/env python3
"""Learners taking quizzes through the JSON API while faults happen; then what was lost.

Each of N learners (HTTP Basic, fresh accounts made through the admin API) starts an attempt, saves
15 to 45 answers one after another (every save differs from the one before for its question, and
carries the page/sequence headers the quiz page sends), and submits, again and again for SECONDS.
A save or submission that fails (no connection, timeout, 5xx) is retried until acknowledged, as the
quiz page does. Every request's outcome goes to a JSON-lines log.

Then it compares what was acknowledged with what Cofactor holds (GET /api/attempts/{id}, and the
database for attempts the client never heard of) and prints one line:

    sent=… acknowledged=… lost_answers=… lost_submissions=… duplicated=… retried=… most_retried_by_one_client=… …

    faults/load.py URL LEARNERS SECONDS LOG SCHEMA [PGPORT=5432]
Targets 127.0.0.1 only. Exit status 1 when anything acknowledged was lost or any request got a 500.
"""
import base64
import collections
import itertools
import json
import random
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
import uuid

URL, LEARNERS, SECONDS, LOG, SCHEMA = sys.argv[1], int(sys.argv[2]), float(sys.argv[3]), sys.argv[4], sys.argv[5]
PGPORT = sys.argv[6] if len(sys.argv) > 6 else "5432"
assert URL.startswith("http://127.0.0.1:"), "load tests target 127.0.0.1 only"
ADMIN = ("admin@cofactor.test", "cofactor-demo-password")
PASSWORD = "a faults learner's long password"

log_lock = threading.Lock()
log_file = open(LOG, "w")
counts = collections.Counter()
retries_by_client = collections.Counter()
unique = itertools.count(1)
end = time.monotonic() + SECONDS


def call(method, path, who, body=None, headers=None, timeout=10):
    """One request: (status or None, parsed body or None, outcome) and a log line."""
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(URL + path, data=data, method=method)
    request.add_header("Authorization", "Basic " + base64.b64encode(f"{who[0]}:{who[1]}".encode()).decode())
    request.add_header("Accept", "application/json")
    if data is not None:
        request.add_header("Content-Type", "application/json")
    for name, value in (headers or {}).items():
        request.add_header(name, value)
    status, parsed, outcome = None, None, "ack"
    try:
        with urllib.request.urlopen(request, timeout=timeout) as answer:
            status = answer.status
            text = answer.read()
            parsed = json.loads(text) if text else None
    except urllib.error.HTTPError as error:
        status, outcome = error.code, "http"
        try:
            parsed = json.loads(error.read() or b"null")
        except ValueError:
            parsed = None
    except (TimeoutError, OSError) as error:
        outcome = "timeout" if "timed out" in str(error) else "conn"
    with log_lock:
        counts["sent"] += 1
        counts[outcome if outcome != "http" else f"status_{status}"] += 1
        if outcome == "ack":
            counts["acknowledged"] += 1
        log_file.write(json.dumps({"t": time.time(), "method": method, "path": path, "status": status,
                                   "outcome": outcome, "body": body}) + "\n")
    return status, parsed, outcome


def retried():
    """Counts a retry, in all and for the client (thread) that made it."""
    with log_lock:
        counts["retried"] += 1
        retries_by_client[threading.current_thread().name] += 1


def until_acknowledged(method, path, who, body=None, headers=None):
    """Retries until a 2xx (or a 4xx, which a retry cannot change), with backoff; None when time ran out."""
    delay = 0.2
    while True:
        status, parsed, outcome = call(method, path, who, body, headers() if callable(headers) else headers)
        if outcome == "ack" or (status is not None and 400 <= status < 500):
            return status, parsed
        if time.monotonic() > end + 60:
            return None, None
        retried()
        time.sleep(delay)
        delay = min(delay * 2, 3)


def new_learner():
    email = f"faults-{uuid.uuid4()}@example.org"
    status, _ = until_acknowledged("POST", "/api/admin/users", ADMIN,
                                   {"displayName": "Fault Learner", "email": email, "password": PASSWORD, "role": "learner"})
    if status != 201:
        # A retry after a creation whose answer was lost meets the account it made ("already exists"):
        # the learner is there if it can sign in.
        status, _ = until_acknowledged("GET", "/api/me", (email, PASSWORD))
    assert status == 200 or status == 201, f"cannot create a learner: {status}"
    return (email, PASSWORD)


def an_answer(question):
    kind = question["type"].lower()
    n = next(unique)
    ids = lambda options: [option["id"] for option in options or []]
    if kind == "single_choice":
        return {"choiceId": random.choice(ids(question["choices"]))}
    if kind == "multiple_response":
        return {"choiceIds": random.sample(ids(question["choices"]), random.randint(1, len(question["choices"])))}
    if kind == "true_false":
        return {"value": n % 2 == 0}
    if kind == "matching":
        return {"pairs": {item: random.choice(ids(question["targets"])) for item in ids(question["items"])}}
    if kind == "ordering":
        order = ids(question["items"])
        random.shuffle(order)
        return {"order": order}
    if kind == "short_answer":
        return {"text": f"answer {n}"}
    return {"number": n}


acknowledged_answers = {}   # (attempt, question) -> the last acknowledged answer
unacknowledged = collections.defaultdict(list)  # (attempt, question) -> answers whose outcome is unknown
submissions = {}            # attempt -> acknowledged score
known_attempts = set()
learners = []


def learner_loop():
    who = new_learner()
    with log_lock:
        learners.append(who[0])
    quizzes = [quiz["id"] for quiz in until_acknowledged("GET", "/api/quizzes", who)[1]]
    page = uuid.uuid4().hex
    sequence = itertools.count(1)
    while time.monotonic() < end:
        status, attempt = until_acknowledged("POST", f"/api/quizzes/{random.choice(quizzes)}/attempts", who, {})
        if status == 409:  # no attempt left at this quiz: a fresh learner carries on
            who = new_learner()
            with log_lock:
                learners.append(who[0])
            continue
        if attempt is None:
            return
        with log_lock:
            known_attempts.add(attempt["id"])
        questions = attempt["questions"]
        for _ in range(random.randint(15, 45)):
            if time.monotonic() > end:
                break
            question = random.choice(questions)
            answer = an_answer(question)
            key = (attempt["id"], question["id"])
            while True:
                status, _, outcome = call("PUT", f"/api/attempts/{attempt['id']}/answers/{question['id']}", who, answer,
                                          {"Cofactor-Save-Page": page, "Cofactor-Save-Sequence": str(next(sequence))})
                if outcome == "ack":
                    with log_lock:
                        acknowledged_answers[key] = answer
                        unacknowledged[key].clear()
                    break
                if status is not None and 400 <= status < 500:
                    break  # refused (time up, checked): nothing to keep
                with log_lock:
                    unacknowledged[key].append(answer)
                retried()
                time.sleep(0.3)
                if time.monotonic() > end + 60:
                    break
        status, result = until_acknowledged("POST", f"/api/attempts/{attempt['id']}/submission", who, {})
        if status == 200:
            with log_lock:
                submissions[attempt["id"]] = (who, result["score"])


threads = [threading.Thread(target=learner_loop) for _ in range(LEARNERS)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()

def normal(answer):
    """An answer without its empty parts, a set of choices in one order."""
    return {key: sorted(value) if key == "choiceIds" else value for key, value in answer.items()
            if value not in (None, [], {})}


lost_answers = lost_submissions = checked = 0
owners = {}
for attempt, (who, score) in submissions.items():
    owners[attempt] = who
for (attempt, question), answer in acknowledged_answers.items():
    who = owners.get(attempt)
    if who is None:
        continue
    _, held = until_acknowledged("GET", f"/api/attempts/{attempt}", who)
    stored = next((q["answer"] for q in held["questions"] if q["id"] == question), None)
    checked += 1
    same = lambda a, b: a is not None and normal(a) == normal(b)
    if not same(stored, answer) and not any(same(stored, later) for later in unacknowledged[(attempt, question)]):
        lost_answers += 1
for attempt, (who, score) in submissions.items():
    _, held = until_acknowledged("GET", f"/api/attempts/{attempt}", who)
    if held["submittedAt"] is None or held["result"]["score"] != score:
        lost_submissions += 1

emails = ",".join("'" + email + "'" for email in learners)
in_database = subprocess.run(["psql", "-h", "127.0.0.1", "-p", PGPORT, "-U", "postgres", "-Atc",
                              f"select count(*) from {SCHEMA}.attempt a join {SCHEMA}.account u on u.id = a.learner_id"
                              f" where u.email in ({emails})"], capture_output=True, text=True, check=True)
duplicated = int(in_database.stdout.strip()) - len(known_attempts)
print(f"sent={counts['sent']} acknowledged={counts['acknowledged']} answers_checked={checked} "
      f"lost_answers={lost_answers} submissions={len(submissions)} lost_submissions={lost_submissions} "
      f"duplicated={duplicated} retried={counts['retried']} "
      f"most_retried_by_one_client={max(retries_by_client.values(), default=0)} status_500={counts['status_500']} "
      f"status_503={counts['status_503']} conn={counts['conn']} timeout={counts['timeout']}")
log_file.close()
sys.exit(1 if lost_answers or lost_submissions or duplicated or counts["status_500"] else 0)
