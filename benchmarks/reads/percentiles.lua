-- wrk script: the same GET with the token from the environment; prints p95 beside wrk's own figures.
function init(args)
  wrk.headers["Authorization"] = "Bearer " .. os.getenv("TOKEN")
end

function done(summary, latency, requests)
  io.write(string.format("p95 %.2f ms\n", latency:percentile(95) / 1000))
end
