# Packaging (issue 19). `./dev package` builds the Linux package: a .deb whose runtime
# dependencies dpkg-shlibdeps works out from the binaries, plus the plugins and data Qt and
# Tesseract load at run time, which no binary names. `tools/deb-check.sh` installs it on a new
# minimal Debian 12 and runs it. On Windows the same file makes an NSIS installer and a ZIP: Qt's
# own deploy script (windeployqt) brings the Qt DLLs, plugins and translations, CMake's runtime
# dependency set the vcpkg DLLs, SHOPDESK_TESSDATA_DIR the OCR models (see README, "Windows").
set(CPACK_PACKAGE_NAME "ShopDesk")
set(CPACK_PACKAGE_VENDOR "ShopDesk")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_CONTACT "ShopDesk developers <shopdesk@example.cn>")
set(CPACK_RESOURCE_FILE_LICENSE "${CMAKE_SOURCE_DIR}/LICENSE")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}") # the one version: CMake's project()
if(WIN32)
    set(CPACK_GENERATOR "NSIS;ZIP")
else()
    set(CPACK_GENERATOR "TGZ;DEB")
endif()
set(CPACK_STRIP_FILES ON) # the build keeps its debug information; the package does not

set(CPACK_DEBIAN_PACKAGE_NAME "shopdesk")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # shopdesk_0.1.0_amd64.deb
set(CPACK_DEBIAN_PACKAGE_SECTION "office")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Loaded at run time, named by no binary: the X11 platform plugin, the SQLite driver, the OCR
# models (CON-04), the authorities the web shop's https is checked against (ORD-01); and a font
# with Chinese, without which the company's own names show as empty boxes.
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "qt6-qpa-plugins, libqt6sql6-sqlite, libqt6svg6, tesseract-ocr-chi-sim, tesseract-ocr-eng, ca-certificates, fonts-noto-cjk")
# Qt's own dialogs (file pickers, print preview) in Chinese.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
# The summary line is CPACK_PACKAGE_DESCRIPTION_SUMMARY; this is the text under it.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "People and attendance, office supplies, the contract archive, finance and the shop,\non one SQLite company database that several PCs share on a network drive.")

# Windows: the installer (NSIS). The company database is never in the program's folder (the
# first-run dialog offers Documents or the shared drive), and the uninstaller removes only what it
# installed, so uninstalling never deletes a database; the settings (the registry, HKCU\Software\ShopDesk)
# are not touched either, so an upgrade keeps them. The installer's own key must not be that one:
# by default it would be Software\ShopDesk\ShopDesk, the very key QSettings uses, and the uninstaller
# deletes its key (never change this name: an upgrade finds the old version by it).
set(CPACK_PACKAGE_INSTALL_DIRECTORY "ShopDesk")
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "ShopDesk Setup")
set(CPACK_PACKAGE_EXECUTABLES "shopdesk" "ShopDesk") # the Start-menu entry
set(CPACK_NSIS_PACKAGE_NAME "ShopDesk")
set(CPACK_NSIS_DISPLAY_NAME "ShopDesk ${PROJECT_VERSION}")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\shopdesk.exe")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON) # an upgrade asks to remove the old program first
set(CPACK_NSIS_MODIFY_PATH OFF)
set(CPACK_NSIS_CREATE_ICONS_EXTRA
    "CreateShortCut '$DESKTOP\\ShopDesk.lnk' '$INSTDIR\\bin\\shopdesk.exe'")
set(CPACK_NSIS_DELETE_ICONS_EXTRA "Delete '$DESKTOP\\ShopDesk.lnk'")

include(GNUInstallDirs)
if(WIN32)
    # Qt 6.4's deploy script is a technical preview with FILENAME_VARIABLE; 6.5 (the LTS the
    # Windows build uses) names it OUTPUT_SCRIPT.
    if(Qt6_VERSION VERSION_GREATER_EQUAL 6.5)
        # The Visual C++ runtime comes from CMake below, as DLLs beside the program; windeployqt would
        # only copy vc_redist.x64.exe, which nothing runs.
        qt_generate_deploy_app_script(TARGET shopdesk OUTPUT_SCRIPT shopdesk_deploy NO_COMPILER_RUNTIME
                                      NO_UNSUPPORTED_PLATFORM_ERROR)
    else()
        qt_generate_deploy_app_script(TARGET shopdesk FILENAME_VARIABLE shopdesk_deploy NO_UNSUPPORTED_PLATFORM_ERROR)
    endif()
    install(SCRIPT ${shopdesk_deploy})
    # The other DLLs (libsodium, minizip, zlib, libxlsxwriter, zint, Tesseract and Leptonica), from
    # vcpkg's bin folder; Qt's are the deploy script's, Windows' own stay out.
    install(RUNTIME_DEPENDENCY_SET shopdesk_libraries
            DIRECTORIES "${VCPKG_INSTALLED_DIR}/${VCPKG_TARGET_TRIPLET}/bin"
            # CMake compares the DLL names in lower case on Windows.
            PRE_EXCLUDE_REGEXES [[^api-ms-]] [[^ext-ms-]] [[^qt6.*\.dll$]]
            POST_EXCLUDE_REGEXES [[.*[/\][Ss]ystem32[/\].*]]
            DESTINATION ${CMAKE_INSTALL_BINDIR})
    # Tesseract's language models beside the program (ScanReader looks in bin/tessdata first).
    set(SHOPDESK_TESSDATA_DIR "" CACHE PATH "Folder with chi_sim.traineddata and eng.traineddata for the installer")
    if(SHOPDESK_TESSDATA_DIR)
        install(FILES ${SHOPDESK_TESSDATA_DIR}/chi_sim.traineddata ${SHOPDESK_TESSDATA_DIR}/eng.traineddata
                DESTINATION ${CMAKE_INSTALL_BINDIR}/tessdata)
    endif()
    install(FILES ${CMAKE_SOURCE_DIR}/README.md ${CMAKE_SOURCE_DIR}/LICENSE DESTINATION doc)
    # The Visual C++ runtime DLLs beside the program, for PCs without the redistributable.
    set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION ${CMAKE_INSTALL_BINDIR})
    include(InstallRequiredSystemLibraries)
    # The backslashes above (NSIS paths) reach NSIS as written, with any CMake version.
    set(CPACK_VERBATIM_VARIABLES ON)
else()
    # Linux: the menu entry, its icon, the README and the licence where Debian keeps them.
    install(FILES ${CMAKE_SOURCE_DIR}/resources/shopdesk.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES ${CMAKE_SOURCE_DIR}/resources/icons/database.svg
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps RENAME shopdesk.svg)
    install(FILES ${CMAKE_SOURCE_DIR}/README.md ${CMAKE_SOURCE_DIR}/LICENSE DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/shopdesk)
endif()
include(CPack)
