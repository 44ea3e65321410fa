# Apache Jena Fuseki 5.6 (jena-fuseki-main) with one in-memory dataset, as docker/fuseki-local.sh
# runs it: the same pom fetches the same jars. Built by compose.yaml's fuseki service.
FROM maven:3.9-eclipse-temurin-17 AS fetch
COPY launcher-fuseki/pom.xml /build/pom.xml
RUN mvn -B -q -f /build/pom.xml -Dkg.fuseki.dir=/fuseki package

FROM eclipse-temurin:17-jre
COPY --from=fetch /fuseki /fuseki
ENV FUSEKI_USERNAME=kg FUSEKI_PASSWORD=kg-local-password FUSEKI_DATASET=kg
EXPOSE 3030
# The password file is written at start, from the environment: never baked into the image.
CMD ["sh", "-c", "umask 077 && printf '%s: %s\\n' \"$FUSEKI_USERNAME\" \"$FUSEKI_PASSWORD\" > /tmp/passwd && exec java -Xmx1g -cp '/fuseki/*' org.apache.jena.fuseki.main.cmds.FusekiMainCmd --port 3030 --auth=basic --passwd=/tmp/passwd --mem --update \"/$FUSEKI_DATASET\""]
