#!/usr/bin/env python3
"""What several instances must agree on, checked against three of them at once (faults/cluster/run.sh).

Each check acts through one instance and looks through the others, directly on their ports, and prints one
line "check: PASS|FAIL (numbers)", also appended as a table row to RESULTS (the report run.sh assembles):
  - a session made on one instance works on every instance;
  - signing out on one instance ends the session on all of them;
  - disabling an account on one instance ends its sessions on all, and a role change shows on all at once;
  - an admin's edit of a quiz through one instance is what learners read on the others at once;
  - the sign-in throttle counts failures made on every instance.

    faults/cluster/checks.py PUBLIC_URL RESULTS PORT...        (demo accounts on, targets 127.0.0.1 only)
Exit status 1 when a check fails.
"""
import base64
import http.cookiejar
import json
import re
import sys
import urllib.error
import urllib.parse
import urllib.request
import uuid

PUBLIC, RESULTS, PORTS = sys.argv[1], sys.argv[2], sys.argv[3:]
assert PUBLIC.startswith("http://127.0.0.1:"), "targets 127.0.0.1 only"
INSTANCES = [f"http://127.0.0.1:{port}" for port in PORTS]
DEMO_PASSWORD = "cofactor-demo-password"
failed = []


class Browser:
    """A cookie jar shared across instances, as one browser behind the balancer would hold it."""

    def __init__(self):
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar),
                                                  NoRedirects())

    def request(self, base, method, path, form=None, basic=None, body=None):
        data = urllib.parse.urlencode(form).encode() if form is not None else body
        request = urllib.request.Request(base + path, data=data, method=method)
        request.add_header("Accept", "application/json" if path.startswith("/api/") else "text/html")
        if form is not None:
            request.add_header("Content-Type", "application/x-www-form-urlencoded")
            request.add_header("Origin", PUBLIC)
        if body is not None:
            request.add_header("Content-Type", "application/json")
        if basic:
            request.add_header("Authorization", "Basic " + base64.b64encode(f"{basic[0]}:{basic[1]}".encode()).decode())
        try:
            with self.opener.open(request, timeout=20) as answer:
                return answer.status, answer.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode()

    def csrf(self, base, path):
        status, page = self.request(base, "GET", path)
        token = re.search(r'name="csrf-token" value="([^"]*)"', page)
        assert token, f"no CSRF token on {path} ({status})"
        return token.group(1)

    def sign_in(self, base, email, password=DEMO_PASSWORD):
        token = self.csrf(base, "/login")
        status, _ = self.request(base, "POST", "/login", {"email": email, "password": password, "csrf-token": token})
        assert status in (302, 303), f"sign-in of {email} answered {status}"

    def form(self, base, page, action, fields):
        fields = dict(fields, **{"csrf-token": self.csrf(base, page)})
        return self.request(base, "POST", action, fields)[0]

    def me(self, base):
        status, body = self.request(base, "GET", "/api/me")
        return status, json.loads(body) if status == 200 else None


class NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def report(check, passed, numbers):
    print(f"{check}: {'PASS' if passed else 'FAIL'} ({numbers})")
    with open(RESULTS, "a") as out:
        out.write(f"| {check} | {'PASS' if passed else 'FAIL'} | {numbers} |\n")
    if not passed:
        failed.append(check)


def statuses(browser):
    return [browser.me(base)[0] for base in INSTANCES]


def new_learner():
    email = f"cluster-{uuid.uuid4()}@example.org"
    status, body = Browser().request(INSTANCES[0], "POST", "/api/admin/users", basic=("admin@cofactor.test", DEMO_PASSWORD),
                                 body=json.dumps({"displayName": "Cluster learner", "email": email,
                                                  "password": "a cluster learner's password", "role": "learner"}).encode())
    assert status == 201, f"creating a learner answered {status}"
    return email, json.loads(body)["id"]


admin = Browser()
admin.sign_in(INSTANCES[0], "admin@cofactor.test")

learner = Browser()
learner.sign_in(INSTANCES[0], "learner@cofactor.test")
seen = statuses(learner)
report("session on every instance", seen == [200] * len(INSTANCES), f"GET /api/me with the cookie made on the first: {seen}")

learner.form(INSTANCES[1], "/account", "/logout", {})
after = statuses(learner)
report("sign-out on one, out everywhere", after == [401] * len(INSTANCES),
       f"signed out on the second; then GET /api/me answered {after}")

email, account = new_learner()
member = Browser()
member.sign_in(INSTANCES[2], email, "a cluster learner's password")
roles_before = [member.me(base)[1]["role"] for base in INSTANCES]
status = admin.form(INSTANCES[0], "/admin/users", f"/admin/users/{account}/role", {"role": "instructor"})
roles_after = [(member.me(base)[1] or {}).get("role") for base in INSTANCES]
report("role change shows on every instance", status in (302, 303) and roles_before == ["learner"] * 3
       and roles_after == ["instructor"] * 3, f"changed on the first ({status}); roles before {roles_before}, after {roles_after}")
status = admin.form(INSTANCES[0], "/admin/users", f"/admin/users/{account}/enabled", {"enabled": "false"})
disabled = statuses(member)
report("disabling ends the sessions on every instance", status in (302, 303) and disabled == [401] * len(INSTANCES),
       f"disabled on the first ({status}); then GET /api/me answered {disabled}")

basic = ("admin@cofactor.test", DEMO_PASSWORD)
api = Browser()  # HTTP Basic without cookies: a request with a session cookie must carry a CSRF token
status, body = api.request(INSTANCES[0], "GET", "/api/admin/quizzes/check-the-paradox", basic=basic)
assert status == 200, f"reading the quiz answered {status}"
quiz = json.loads(body)
title = f"Genetic factors, edited {uuid.uuid4().hex[:6]}"
quiz["title"] = title
status, _ = api.request(INSTANCES[1], "PUT", "/api/admin/quizzes/check-the-paradox", basic=basic,
                          body=json.dumps(quiz).encode())
reader = Browser()
titles = []
for base in INSTANCES:
    listed = json.loads(reader.request(base, "GET", "/api/quizzes")[1])
    titles.append(next(q["title"] for q in listed if q["slug"] == "check-the-paradox"))
report("an admin's edit is read everywhere at once", status == 200 and titles == [title] * len(INSTANCES),
       f"edited on the second ({status}); the title every instance then served: {sum(t == title for t in titles)} of {len(titles)}")

for n in range(6):
    Browser().request(INSTANCES[n % len(INSTANCES)], "GET", "/api/me", basic=("learner2@cofactor.test", "wrong-password-here"))
code = Browser().request(INSTANCES[1], "GET", "/api/me", basic=("learner2@cofactor.test", DEMO_PASSWORD))[0]
report("throttle across instances", code != 200, f"6 failures spread over 3 instances, then the right password answered {code}")

sys.exit(1 if failed else 0)
