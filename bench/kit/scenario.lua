-- wrk script of the kit: rotates through the requests listed in the file named by WRK_PATHS (one per line:
-- a path, optionally followed by tab-separated "Header: value" fields), each thread starting at its own place,
-- and writes the summary as one JSON object to the file named by WRK_OUT.

local requests = {}
local position = 0

function init(args)
	for line in io.lines(os.getenv("WRK_PATHS")) do
		if line ~= "" then
			local fields = {}
			for field in string.gmatch(line, "[^\t]+") do
				table.insert(fields, field)
			end
			local headers = {}
			for i = 2, #fields do
				local name, value = string.match(fields[i], "^([^:]+):%s*(.*)$")
				headers[name] = value
			end
			table.insert(requests, wrk.format("GET", fields[1], headers))
		end
	end
	math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)"), 16) % 100000)
	position = math.random(#requests) - 1
end

function request()
	position = position % #requests + 1
	return requests[position]
end

function done(summary, latency, requests)
	local e = summary.errors
	local out = io.open(os.getenv("WRK_OUT"), "w")
	out:write(string.format('{"requests": %d, "duration_us": %d, "bytes": %d, "connect": %d, "read": %d, '
		.. '"write": %d, "status": %d, "timeout": %d, "p50_us": %d, "p90_us": %d, "p99_us": %d, "max_us": %d, '
		.. '"mean_us": %.1f}\n', summary.requests, summary.duration, summary.bytes, e.connect, e.read, e.write,
		e.status, e.timeout, latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max,
		latency.mean))
	out:close()
end
