-- wrk script of the filing and events benchmarks: POST a general filing with a fresh Idempotency-Key each
-- time. The body (FILING_BODY) and token (TOKEN) are in the environment; DELAY_MS, when set, paces each
-- connection (the events benchmark's steady rate).
local counter = 0
local threads = 0

function setup(thread)
  threads = threads + 1
  thread:set("thread_id", threads)
end

function init(args)
  wrk.method = "POST"
  wrk.body = os.getenv("FILING_BODY")
  wrk.headers["Content-Type"] = "application/json"
  wrk.headers["Authorization"] = "Bearer " .. os.getenv("TOKEN")
end

function delay()
  return tonumber(os.getenv("DELAY_MS") or "0")
end

function request()
  counter = counter + 1
  local headers = {}
  for name, value in pairs(wrk.headers) do headers[name] = value end
  headers["Idempotency-Key"] = string.format("bench-%s-%d-%d", os.time(), thread_id, counter)
  return wrk.format(nil, nil, headers, nil)
end
