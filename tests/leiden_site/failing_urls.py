from django.urls import path


def boom(request):
    raise RuntimeError("A view that fails, to show the 500 page")


urlpatterns = [path("boom/", boom)]
handler500 = "leiden_site.views.server_error"
