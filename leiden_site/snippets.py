"""The snippet view set every app uses: its chooser asks for a permission, as its listing does.

Wagtail's snippet chooser (`/admin/snippets/choose/<app>/<model>/`, its results, chosen
and chosen-multiple views) is open to anyone who may use the admin. For snippets that
hold visitors' personal data that is a leak, so here each chooser view requires one of
the model's own permissions, checked through the model's permission policy.
"""

from django.core.exceptions import PermissionDenied

from wagtail.permissions import policy_registry
from wagtail.snippets.views import chooser
from wagtail.snippets.views.snippets import SnippetViewSet as WagtailSnippetViewSet

MODEL_ACTIONS = ["view", "add", "change", "delete"]


def may_see(user, model) -> bool:
    return policy_registry.get_by_type(model).user_has_any_permission(user, MODEL_ACTIONS)


class PermissionRequiredMixin:
    def dispatch(self, request, *args, **kwargs):
        if not may_see(request.user, self.model_class):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class ChooseView(PermissionRequiredMixin, chooser.ChooseView):
    pass


class ChooseResultsView(PermissionRequiredMixin, chooser.ChooseResultsView):
    pass


class ChosenView(PermissionRequiredMixin, chooser.SnippetChosenView):
    pass


class ChosenMultipleView(PermissionRequiredMixin, chooser.SnippetChosenMultipleView):
    pass


class PermissionRequiredChooserViewSet(chooser.SnippetChooserViewSet):
    choose_view_class = ChooseView
    choose_results_view_class = ChooseResultsView
    chosen_view_class = ChosenView
    chosen_multiple_view_class = ChosenMultipleView


class SnippetViewSet(WagtailSnippetViewSet):
    chooser_viewset_class = PermissionRequiredChooserViewSet
