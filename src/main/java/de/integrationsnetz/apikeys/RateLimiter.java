package de.integrationsnetz.apikeys;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts each key's requests in fixed one-minute windows, in this application instance
 * (several instances each allow the limit).
 */
class RateLimiter {

	private record Window(long minute, int count) {
	}

	private final Map<String, Window> windows = new ConcurrentHashMap<>();

	/**
	 * Counts a request of a key.
	 * @param keyId the key
	 * @param limit requests allowed per minute
	 * @param nowMillis the current time
	 * @return 0 if the request is allowed, else the seconds until the next window
	 */
	long acquire(String keyId, int limit, long nowMillis) {
		long minute = nowMillis / 60_000;
		Window window = this.windows.compute(keyId, (id, current) -> (current == null || current.minute() != minute)
				? new Window(minute, 1) : new Window(minute, current.count() + 1));
		if (window.count() <= limit) {
			return 0;
		}
		return Math.max(1, ((minute + 1) * 60_000 - nowMillis + 999) / 1000);
	}

}
