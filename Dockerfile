# The portal for docker-compose.yml: the same server as `npm start` (server/main.ts, Next's custom server with
# the portal's request pipeline, compiled by `npm run build`), on a production build and the production dependencies.
FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
# The build (Next, then the server compiled to .next/portal-server.mjs), then only what the server needs at run
# time: no development packages, no build cache.
RUN npm run build && npm prune --omit=dev --no-audit --no-fund && rm -rf .next/cache

FROM node:20-bookworm-slim AS runner
WORKDIR /app
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    HOSTNAME=0.0.0.0 \
    PORT=3000
RUN groupadd --system portal && useradd --system --gid portal --home /app portal
COPY --from=build --chown=portal:portal /app ./
# Uploaded media live in data/media (a volume in docker-compose.yml).
RUN mkdir -p data/media && chown -R portal:portal data
USER portal
EXPOSE 3000
# Every request passes the pipeline in server/pipeline.ts: the request log, the guard (405/403/411/413 before a
# body is read), each connection's real address (behind TRUSTED_PROXY_HOPS trusted proxies), routing, each
# page's nonce, 404 and 503 pages, ETag and compression; on SIGTERM requests finish and the database closes.
CMD ["node", ".next/portal-server.mjs"]
