"""The admin API's image and document endpoints, limited to what the user may choose.

Wagtail's admin API (`/admin/api/main/images/`, `/documents/`) lists every image and
document to anyone who may use the admin; here it lists, and answers for, only those in
collections where the user may choose them, as the admin's own choosers do. Its pages
endpoint follows the page permission policy already.
"""

from wagtail.documents import get_document_model
from wagtail.documents.api.admin.views import DocumentsAdminAPIViewSet
from wagtail.images import get_image_model
from wagtail.images.api.admin.views import ImagesAdminAPIViewSet

from leiden_site.permissions import choosable


class ChoosableImagesAPIViewSet(ImagesAdminAPIViewSet):
    def get_queryset(self):
        allowed = choosable(self.request.user, get_image_model()).values("pk")
        return super().get_queryset().filter(pk__in=allowed)


class ChoosableDocumentsAPIViewSet(DocumentsAdminAPIViewSet):
    def get_queryset(self):
        allowed = choosable(self.request.user, get_document_model()).values("pk")
        return super().get_queryset().filter(pk__in=allowed)


def register_scoped_endpoints(router) -> None:
    router.register_endpoint("images", ChoosableImagesAPIViewSet)
    router.register_endpoint("documents", ChoosableDocumentsAPIViewSet)
