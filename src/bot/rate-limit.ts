// Per-user rate limit: at most `max` lookups in any `windowMs`. Kept in this process's memory:
// behind a load balancer each replica counts its own (documented in the README).
export interface RateLimiter {
  /** Counts one lookup; false when the user is over the limit (the lookup is not counted). */
  allow(userId: string): boolean;
}

const MAX_TRACKED_USERS = 10_000;

export function createRateLimiter(max: number, windowMs: number, now: () => number = Date.now): RateLimiter {
  const recent = new Map<string, number[]>();
  return {
    allow(userId) {
      const time = now();
      const times = (recent.get(userId) ?? []).filter((t) => time - t < windowMs);
      if (times.length >= max) {
        recent.set(userId, times);
        return false;
      }
      times.push(time);
      recent.delete(userId); // re-insert so the map stays ordered by last use
      recent.set(userId, times);
      if (recent.size > MAX_TRACKED_USERS) recent.delete(recent.keys().next().value as string);
      return true;
    },
  };
}
