# Multi-stage: build the client with dev dependencies, run with production dependencies only.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npx vite build

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/client/dist ./client/dist
COPY server ./server
COPY core ./core
COPY seed ./seed
COPY cypher ./cypher
COPY neo4j/*.ts ./neo4j/
USER node
EXPOSE 4000
# NEO4J_URI must point at a server (see docker-compose.yml); the image holds no local Neo4j.
CMD ["node", "--import", "tsx", "server/main.ts"]
