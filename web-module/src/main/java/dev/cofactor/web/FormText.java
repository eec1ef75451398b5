package dev.cofactor.web;

import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.core.multipart.FormData;
import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

/** A form field holding a NUL character or half a surrogate pair is refused, naming the field, before any page reads it. */
public class FormText {

    @ServerRequestFilter
    @WithFormRead
    public void check(ResteasyReactiveContainerRequestContext context) {
        if (!(context.getServerRequestContext() instanceof ResteasyReactiveRequestContext request)
                || request.getFormData() == null) {
            return;
        }
        FormData form = request.getFormData();
        for (String name : form) {
            for (FormValue value : form.get(name)) {
                String problem = value.isFileItem() ? null : TextInput.problem(value.getValue());
                if (problem != null) {
                    throw new InvalidInputException(Map.of(name, "The field " + name + " " + problem + "."));
                }
            }
        }
    }
}
