package vn.doanket.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import vn.doanket.platform.access.Role;

/** The form an administrator fills to open an account in its subtree. */
public record NewAccount(
        @NotBlank(message = "{identity.username.required}")
                @Pattern(regexp = "[a-z0-9][a-z0-9._-]{1,59}", message = "{identity.username.pattern}")
                String username,
        @NotBlank(message = "{identity.displayName.required}") @Size(max = 120, message = "{identity.displayName.size}")
                String displayName,
        @NotBlank(message = "{identity.unit.required}") String unitCode,
        @NotEmpty(message = "{identity.roles.required}") Set<Role> roles,
        @NotBlank(message = "{identity.password.required}")
                @Size(min = 8, max = 100, message = "{identity.password.size}")
                String password) {}
