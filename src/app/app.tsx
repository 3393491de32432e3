export function App() {
  return (
    <main className="mx-auto max-w-3xl p-8">
      <h1 className="text-2xl font-semibold">Vendor Reliability</h1>
      <p className="mt-2 text-slate-600">
        Incident history, uptime and SLA figures from public status feeds.
      </p>
    </main>
  )
}
