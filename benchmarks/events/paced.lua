-- wrk script of the events benchmark: filings paced per connection (DELAY_MS between requests), each
-- with a fresh Idempotency-Key; body and token from the environment like filing.lua.
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
  return tonumber(os.getenv("DELAY_MS"))
end

function request()
  counter = counter + 1
  local headers = {}
  for name, value in pairs(wrk.headers) do headers[name] = value end
  headers["Idempotency-Key"] = string.format("events-%s-%d-%d", os.time(), thread_id, counter)
  return wrk.format(nil, nil, headers, nil)
end
