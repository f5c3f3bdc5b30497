package jp.tsunagu.testsupport;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.UUID;
import org.springframework.test.web.servlet.MockMvc;

/** API calls the modules' fixtures make as a user would, with the user's signed token. */
public final class ApiRequests {
    private ApiRequests() {
    }

    /** POSTs {@code body} to {@code path} as {@code username}, expects 201 and returns the created resource's id. */
    public static UUID created(MockMvc mvc, String username, String path, String body, Object... variables) throws Exception {
        String json = mvc.perform(post(path, variables).header("Authorization", "Bearer " + TestTokens.token(username))
                        .contentType("application/json").content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return UUID.fromString(JsonPath.read(json, "$.id"));
    }
}
