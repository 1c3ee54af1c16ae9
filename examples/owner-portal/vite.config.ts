import { defineConfig } from "vite";

/**
 * The page calls `/graphql` on its own origin; the dev server and `vite preview` pass it on to
 * the API (`pnpm start` serves it on port 4000; WUYE_API_ORIGIN points elsewhere). Same origin
 * means no CORS, and the SDK's Server-Sent Events stream through the proxy unchanged.
 */
const api = process.env.WUYE_API_ORIGIN ?? "http://127.0.0.1:4000";
const proxy = { "/graphql": { target: api, changeOrigin: true } };

export default defineConfig({
  server: { proxy },
  preview: { proxy },
});
