# Integrationsnetz container image. Build with `docker build -t integrationsnetz .` or let
# `docker compose up --build` do it (docker-compose.yml runs it against a Neo4j 5.26 server).
# BuildKit (the default builder of Docker 23+ and of Compose v2) is required for the
# cache mount and COPY --chmod below.

# --- Build stage: the same Maven wrapper build as on a workstation ---------------------
FROM eclipse-temurin:17-jdk AS build
WORKDIR /workspace
# Only what the build reads: the wrapper, the POM, the GraphQL contract and the Herne seed
# (both packaged into the jar by pom.xml), and the sources. --chmod keeps ./mvnw executable
# even from a checkout that lost the file mode (e.g. on Windows).
COPY --chmod=755 mvnw ./
COPY .mvn/ .mvn/
COPY pom.xml schema.graphqls ./
COPY graph-seed/ graph-seed/
COPY src/ src/
# The cache mount keeps the Maven distribution and ~/.m2 between builds without putting
# them into a layer. Tests run in CI, not in the image build.
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -DskipTests package

# --- Runtime stage: JRE only, non-root ----------------------------------------------------
FROM eclipse-temurin:17-jre
# docker-compose.yml's health check calls curl. The Temurin Ubuntu images ship curl today
# ("for historical reasons", adoptium/containers#255); install it only should a future base
# image drop it, so the health check can never silently lose its tool.
RUN command -v curl > /dev/null \
    || (apt-get update \
        && apt-get install -y --no-install-recommends curl \
        && rm -rf /var/lib/apt/lists/*)
# A fixed numeric uid/gid, so orchestrators can verify runAsNonRoot. /app/data is the
# embedded database's default directory (./data), used only when NEO4J_URI is not set.
RUN groupadd --system --gid 10001 integrationsnetz \
    && useradd --system --uid 10001 --gid integrationsnetz --home-dir /app \
        --no-create-home --shell /usr/sbin/nologin integrationsnetz \
    && mkdir -p /app/data \
    && chown integrationsnetz:integrationsnetz /app/data
WORKDIR /app
COPY --from=build /workspace/target/integrationsnetz.jar /app/integrationsnetz.jar
USER 10001:10001
# server.port defaults to 8080 (PORT overrides it; then publish that port instead).
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/integrationsnetz.jar"]
