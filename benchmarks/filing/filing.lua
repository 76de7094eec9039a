-- wrk script of the filing benchmark: POST a general filing with a fresh Idempotency-Key each time.
-- The body is in the environment (FILING_BODY), the token too (TOKEN).
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

function request()
  counter = counter + 1
  local headers = {}
  for name, value in pairs(wrk.headers) do headers[name] = value end
  headers["Idempotency-Key"] = string.format("bench-%s-%d-%d", os.time(), thread_id, counter)
  return wrk.format(nil, nil, headers, nil)
end
