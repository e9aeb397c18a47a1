// The worker function of demos/global_task.ts: fetching something takes a few milliseconds
// (simulated here), then the result is a timestamp.
export default async function fetchTimestamp(): Promise<Date> {
  await new Promise((resolve) => setTimeout(resolve, 20))
  return new Date()
}
