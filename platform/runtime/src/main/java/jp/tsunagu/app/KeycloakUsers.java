package jp.tsunagu.app;

import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * Creates and updates users in Keycloak through its admin REST API, as the realm's {@code tsunagu-provisioner}
 * service account (client credentials; it may manage users of this realm only). Only the account is kept
 * there; memberships and roles live in the application's database.
 */
@Component
@ConditionalOnProperty(name = "tsunagu.keycloak.provisioning", havingValue = "true")
class KeycloakUsers {
    private final RestClient http;
    private final String realmUrl;
    private final String adminUrl;
    private final String clientId;
    private final String clientSecret;

    KeycloakUsers(@Value("${tsunagu.keycloak.url}") String url, @Value("${tsunagu.keycloak.realm}") String realm,
                  @Value("${tsunagu.keycloak.provisioner-id}") String clientId,
                  @Value("${tsunagu.keycloak.provisioner-secret}") String clientSecret) {
        this.http = RestClient.create();
        this.realmUrl = url + "/realms/" + realm;
        this.adminUrl = url + "/admin/realms/" + realm;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
    }

    /**
     * Creates the user or brings its names and e-mail up to date; true when something changed. With
     * {@code requireTotp} a user who has no one-time-password credential yet must set one up at the next login
     * (Keycloak's CONFIGURE_TOTP required action).
     */
    boolean upsert(Manifest.UserEntry user, boolean requireTotp) {
        String token = token();
        List<Map<String, Object>> found = http.get()
                .uri(adminUrl + "/users?exact=true&username={u}", user.username())
                .header("Authorization", "Bearer " + token)
                .retrieve().body(new org.springframework.core.ParameterizedTypeReference<>() { });
        Map<String, Object> wanted = new java.util.HashMap<>(Map.of(
                "username", user.username(), "email", user.email(), "firstName", user.firstName(),
                "lastName", user.lastName(), "enabled", true, "emailVerified", true));
        if (found == null || found.isEmpty()) {
            if (user.password() != null) {
                wanted.put("credentials", List.of(Map.of("type", "password", "value", user.password(), "temporary", false)));
            }
            if (requireTotp) {
                wanted.put("requiredActions", List.of("CONFIGURE_TOTP"));
            }
            http.post().uri(adminUrl + "/users").header("Authorization", "Bearer " + token)
                    .contentType(MediaType.APPLICATION_JSON).body(wanted).retrieve().toBodilessEntity();
            return true;
        }
        Map<String, Object> existing = found.getFirst();
        @SuppressWarnings("unchecked")
        List<String> actions = new java.util.ArrayList<>((List<String>) existing.getOrDefault("requiredActions", List.of()));
        boolean needsTotp = requireTotp && !actions.contains("CONFIGURE_TOTP") && !hasOtp(existing.get("id"), token);
        if (needsTotp) {
            actions.add("CONFIGURE_TOTP");
        }
        wanted.put("requiredActions", actions);
        boolean same = user.email().equals(existing.get("email")) && user.firstName().equals(existing.get("firstName"))
                && user.lastName().equals(existing.get("lastName")) && !needsTotp;
        if (same) {
            return false;
        }
        http.put().uri(adminUrl + "/users/{id}", existing.get("id")).header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).body(wanted).retrieve().toBodilessEntity();
        return true;
    }

    private boolean hasOtp(Object id, String token) {
        List<Map<String, Object>> credentials = http.get().uri(adminUrl + "/users/{id}/credentials", id)
                .header("Authorization", "Bearer " + token)
                .retrieve().body(new org.springframework.core.ParameterizedTypeReference<>() { });
        return credentials != null && credentials.stream().anyMatch(c -> "otp".equals(c.get("type")));
    }

    private String token() {
        var form = new LinkedMultiValueMap<String, String>();
        form.add("grant_type", "client_credentials");
        form.add("client_id", clientId);
        form.add("client_secret", clientSecret);
        Map<?, ?> body = http.post().uri(realmUrl + "/protocol/openid-connect/token")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form).retrieve().body(Map.class);
        return (String) body.get("access_token");
    }
}
