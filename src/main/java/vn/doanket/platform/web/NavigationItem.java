package vn.doanket.platform.web;

import vn.doanket.platform.access.Role;

/**
 * A link in the main navigation. Each module that has pages declares its own as a bean; the layout
 * shows them by {@code order}, and only to accounts with one of {@code roles} when roles are given.
 */
public record NavigationItem(String messageKey, String path, int order, Role... roles) {}
