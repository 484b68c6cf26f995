# Builds the journal's jar with the Maven wrapper and runs it on a JRE. Used by docker-compose.yml.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN ./mvnw -B -ntp dependency:go-offline
COPY src/ src/
COPY projections/ projections/
RUN ./mvnw -B -ntp -DskipTests package

FROM eclipse-temurin:17-jre
WORKDIR /app
RUN useradd --system --home /app journal && chown journal /app
COPY --from=build /src/target/samskabelsesjournal-*.jar /app/journal.jar
COPY --from=build /src/projections/ /app/projections/
USER journal
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/journal.jar"]
