# Packaging. The Windows installer (WiX with windeployqt) is a later issue; this names the package.
set(CPACK_PACKAGE_NAME "ShopDesk")
set(CPACK_PACKAGE_VENDOR "ShopDesk")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_RESOURCE_FILE_LICENSE "${CMAKE_SOURCE_DIR}/LICENSE")
set(CPACK_GENERATOR "TGZ")
include(CPack)
