import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    // Generous: many suites run the real CLI or a browser, and CI shares 2 cores with PostgreSQL and Redis.
    testTimeout: 180_000,
    hookTimeout: 180_000,
    pool: "forks",
  },
});
