package io.radiant.registry.system;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code registry.database.*}: which PostgreSQL to use and how many connections to hold. The URL, user and
 * password carry DESIGN §4.3's DATABASE_URL, DATABASE_USER and DATABASE_PASSWORD (mapped in application.yaml).
 *
 * @param url             JDBC or {@code postgres://} URL; blank = the embedded PostgreSQL
 * @param user            user, unless the URL names one
 * @param password        password, unless the URL carries one
 * @param poolSize        connections shared by REST requests and sync routes
 * @param embeddedDataDir where the embedded PostgreSQL keeps its data between restarts
 * @param embeddedPort    port of the embedded PostgreSQL; 0 = a free one at every start
 */
@ConfigurationProperties("registry.database")
public record DatabaseProperties(String url, String user, String password, int poolSize, String embeddedDataDir,
                                 int embeddedPort) {

    public boolean embedded() {
        return url == null || url.isBlank();
    }

    /**
     * Without the password, and without the parts of the URL that can carry one (user info, query): a
     * record would print every component.
     */
    @Override
    public String toString() {
        String shownUrl = embedded() ? "(embedded)" : url.replaceAll("//[^/@]*@", "//***@").replaceAll("\\?.*$", "?***");
        return "DatabaseProperties[url=" + shownUrl
                + ", user=" + user + ", password=" + (password == null || password.isEmpty() ? "" : "***")
                + ", poolSize=" + poolSize + ", embeddedDataDir=" + embeddedDataDir + ", embeddedPort=" + embeddedPort
                + "]";
    }
}
