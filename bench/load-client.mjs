// A keep-alive HTTP load client in its own process, so it never shares an event loop with the
// server it measures. On each message {url, headers, requests, connections} it replies {rps, p99Ms}.
import { Agent, request } from 'node:http'

function fetchOnce(agent, url, headers) {
  return new Promise((resolve, reject) => {
    const started = performance.now()
    request(url, { agent, headers }, (res) => {
      res.on('data', () => {})
      res.on('end', () =>
        res.statusCode === 200
          ? resolve(performance.now() - started)
          : reject(new Error(`${url}: HTTP ${res.statusCode}`)),
      )
    })
      .on('error', reject)
      .end()
  })
}

process.on('message', async ({ url, headers, requests, connections }) => {
  const agent = new Agent({ keepAlive: true, maxSockets: connections })
  const latencies = []
  let next = 0
  const started = performance.now()
  const worker = async () => {
    while (next++ < requests) latencies.push(await fetchOnce(agent, url, headers))
  }
  try {
    await Promise.all(Array.from({ length: connections }, worker))
    const seconds = (performance.now() - started) / 1000
    latencies.sort((a, b) => a - b)
    process.send({ rps: requests / seconds, p99Ms: latencies[Math.floor(latencies.length * 0.99)] })
  } catch (error) {
    process.send({ error: String(error) })
  } finally {
    agent.destroy()
  }
})
