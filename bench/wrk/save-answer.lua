-- wrk script: PUT one answer per request, cycling through signed-in learners.
-- The file named by the first script argument holds one "cookie csrfToken attemptId learnerId choiceId choiceId" line
-- per learner (bench/QuizLoad.java learners): the two choice ids are the ones that learner's attempt shows for gaba-role.
local learners = {}
local next_learner = 1
local turn = 0

function init(args)
  for line in io.lines(args[1]) do
    local cookie, token, attempt, _, first, second = line:match("^(%S+) (%S+) (%d+) (%d+) (%S+) (%S+)")
    learners[#learners + 1] = { cookie = cookie, token = token, path = "/api/attempts/" .. attempt .. "/answers/gaba-role",
      choices = { '{"choiceId":"' .. first .. '"}', '{"choiceId":"' .. second .. '"}' } }
  end
  next_learner = math.random(#learners)
end

function request()
  local learner = learners[next_learner]
  next_learner = next_learner % #learners + 1
  turn = turn + 1
  return wrk.format("PUT", learner.path,
    { ["Cookie"] = learner.cookie, ["X-CSRF-Token"] = learner.token, ["Content-Type"] = "application/json" },
    learner.choices[turn % 2 + 1])
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  io.write(string.format("answers_ok=%d\nanswers_failed=%d\nanswers_per_second=%.1f\nanswers_p50_ms=%.2f\nanswers_p99_ms=%.2f\n",
    summary.requests - summary.errors.status, summary.errors.status + summary.errors.connect + summary.errors.read
      + summary.errors.write + summary.errors.timeout,
    summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
