# The portal as a self-contained Next.js server (output: 'standalone'), for docker-compose.yml.
FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1 \
    NEXT_OUTPUT=standalone
COPY --from=deps /app/node_modules ./node_modules
COPY . .
RUN npx next build

FROM node:20-bookworm-slim AS runner
WORKDIR /app
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    HOSTNAME=0.0.0.0 \
    PORT=3000
RUN groupadd --system portal && useradd --system --gid portal --home /app portal
COPY --from=build --chown=portal:portal /app/.next/standalone ./
COPY --from=build --chown=portal:portal /app/.next/static ./.next/static
# The unavailable page's texts (scripts/unavailable.mjs reads them at start).
COPY --from=build --chown=portal:portal /app/messages ./messages
COPY --from=build --chown=portal:portal /app/scripts/client-address.mjs /app/scripts/csp-nonce.mjs /app/scripts/unavailable.mjs /app/scripts/request-guard.mjs /app/scripts/request-log.mjs /app/scripts/graceful-shutdown.mjs ./scripts/
# What the request guard imports (its decisions and the body limits, shared with the app), at the same relative place.
COPY --from=build --chown=portal:portal /app/lib/configuredOrigin.mjs /app/lib/requestGuard.mjs /app/lib/requestLimits.mjs ./lib/
# Uploaded media live in data/media (a volume in docker-compose.yml).
RUN mkdir -p data/media && chown -R portal:portal data
USER portal
EXPOSE 3000
# The preloads tell the app each connection's real address (behind TRUSTED_PROXY_HOPS trusted proxies), put
# each response's CSP nonce on cached pages, answer 503 for a page the database could not render, refuse
# foreign, oversized and unsupported requests before they are read (405/403/411/413), write one JSON line
# per request, and on SIGTERM let requests finish and close the database.
CMD ["node", "--import", "./scripts/client-address.mjs", "--import", "./scripts/csp-nonce.mjs", "--import", "./scripts/unavailable.mjs", "--import", "./scripts/request-guard.mjs", "--import", "./scripts/request-log.mjs", "--import", "./scripts/graceful-shutdown.mjs", "server.js"]
