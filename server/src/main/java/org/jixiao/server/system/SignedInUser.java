package org.jixiao.server.system;

import org.jixiao.server.org.CurrentUser;
import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * {@code @AuthenticationPrincipal CurrentUser}, failing closed. Spring Security's own resolver hands a controller
 * null when the principal is not a CurrentUser, and a request can pass the sign-in check and still find none: signing
 * out clears the authentication of the session's security context, which requests of the same session still in
 * flight share (a live re-score sent as the user signs out). Refused here as not signed in, the request goes to the
 * security filters' entry point: the login page for pages, 401 for the API — never a controller with no user.
 */
final class SignedInUser implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == CurrentUser.class
                && parameter.hasParameterAnnotation(AuthenticationPrincipal.class);
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest request,
                                  WebDataBinderFactory binders) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
            return user;
        }
        throw new AuthenticationCredentialsNotFoundException("no signed-in user");
    }
}
